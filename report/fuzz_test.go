package report

import (
	"io"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

// FuzzReporters feeds arbitrary line text and positions, as a buggy or
// hostile rule could produce, through every format: none may panic, and the
// text excerpt must stay within its width limit with a caret inside it.
func FuzzReporters(f *testing.F) {
	f.Add("𠀋县总工会，，扎实推进", 6, 8, 3, 3, "，，")
	f.Add(strings.Repeat("职工", 300)+"\t\x1b\u200b", 590, 9000, 1, 2, "x\ny")
	f.Add("", -5, -1, 0, -3, "")
	f.Add("\xff\xfe坏", 1, 2, 2, 1, "\xff")
	f.Fuzz(func(t *testing.T, line string, startCol, endCol, startLine, endLine int, text string) {
		start, end := startCol%100000, endCol%100000
		ex := renderExcerpt(line, start, end)
		if w := stringWidth(ex.line); w > maxExcerptWidth && w > stringWidth(line) {
			t.Fatalf("excerpt widened the line: %d columns", w)
		}
		if !strings.Contains(ex.underline, "^") {
			t.Fatalf("no caret in %q", ex.underline)
		}
		if caret := strings.IndexByte(ex.underline, '^'); caret > stringWidth(ex.line) {
			t.Fatalf("caret at %d beyond the shown line of width %d", caret, stringWidth(ex.line))
		}
		fd := finding.Finding{Rule: "fuzz/" + text, Severity: finding.SeverityWarning, Message: text, Path: "d/" + text,
			Start: finding.Position{Line: startLine, Column: startCol, RuneColumn: start},
			End:   finding.Position{Line: endLine, Column: endCol, RuneColumn: end},
			Text:  text, LineText: line, Fingerprint: text,
			Suggestions: []finding.Suggestion{{Replacement: text, Description: text, Safe: true}}}
		for _, format := range Formats() {
			rep, err := New(format, io.Discard, Options{StepSummary: io.Discard, Color: true})
			if err != nil {
				t.Fatal(err)
			}
			if err := rep.Start(Meta{ToolName: "gwlint", BaseDir: "/srv"}); err != nil {
				t.Fatal(err)
			}
			if err := rep.File(finding.File{Path: fd.Path, Error: text}, []finding.Finding{fd}); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if err := rep.Finish(Summary{Files: 1}); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
		}
	})
}
