package baseline

import (
	"path"
	"strings"

	"github.com/gwlint/gwlint/finding"
)

// formatVersion is the only file version this package reads and writes.
const formatVersion = 1

// file is the JSON form of a baseline.
type file struct {
	Version  int     `json:"version"`
	Findings []entry `json:"findings"`
}

// entry is one accepted finding. Text and Section are not used for
// matching (the fingerprint covers them); they make the file reviewable.
type entry struct {
	Path        string `json:"path"`
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
	Text        string `json:"text"`
	Section     string `json:"section"`
}

// key is what a baseline entry and a finding are matched on.
type key struct {
	path, rule, fingerprint string
}

// Baseline is a multiset of accepted findings: an entry recorded twice
// hides two identical findings, not all of them.
type Baseline struct {
	counts map[key]int
	total  int
}

// Len is the number of recorded findings.
func (b *Baseline) Len() int { return b.total }

// Filter returns the findings the baseline does not account for, in their
// original order. Each entry hides at most one finding with the same path,
// rule and fingerprint, so a new copy of an accepted problem still shows.
func (b *Baseline) Filter(findings []finding.Finding) []finding.Finding {
	remaining := make(map[key]int, len(b.counts))
	for k, n := range b.counts {
		remaining[k] = n
	}
	var kept []finding.Finding
	for _, f := range findings {
		k := key{normalizePath(f.Path), f.Rule, fingerprintOf(f)}
		if remaining[k] > 0 {
			remaining[k]--
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// fingerprintOf always recomputes the fingerprint rather than trusting
// finding.Fingerprint, so a baseline written and one filtered by the same
// gwlint agree even if a producer filled the field differently.
func fingerprintOf(f finding.Finding) string {
	return Fingerprint(f.Rule, f.Text, f.Section)
}

// normalizePath makes paths comparable across platforms and spellings:
// forward slashes, cleaned, but still relative as given, because a baseline
// is committed and must not depend on where the checkout lives.
func normalizePath(p string) string {
	if p == "" {
		return ""
	}
	return path.Clean(strings.ReplaceAll(p, "\\", "/"))
}
