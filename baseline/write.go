package baseline

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/gwlint/gwlint/finding"
)

// Write records findings as a baseline. Entries are sorted so that the file
// is stable under reordering and diffs well in version control.
func Write(w io.Writer, findings []finding.Finding) error {
	out := file{Version: formatVersion, Findings: make([]entry, 0, len(findings))}
	for _, f := range findings {
		out.Findings = append(out.Findings, entry{
			Path:        normalizePath(f.Path),
			Rule:        f.Rule,
			Fingerprint: fingerprintOf(f),
			Text:        f.Text,
			Section:     f.Section,
		})
	}
	sort.Slice(out.Findings, func(i, j int) bool { return entryLess(out.Findings[i], out.Findings[j]) })
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("writing baseline: %w", err)
	}
	return nil
}

func entryLess(a, b entry) bool {
	for _, pair := range [][2]string{{a.Path, b.Path}, {a.Rule, b.Rule}, {a.Fingerprint, b.Fingerprint}, {a.Text, b.Text}, {a.Section, b.Section}} {
		if pair[0] != pair[1] {
			return pair[0] < pair[1]
		}
	}
	return false
}
