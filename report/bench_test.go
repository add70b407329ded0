package report

import (
	"io"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

// BenchmarkTextLongLine measures the text format on its worst case: every
// finding sits on a 5,000-character pasted paragraph, which is measured
// and windowed for each finding.
func BenchmarkTextLongLine(b *testing.B) {
	line := strings.Repeat("为深入贯彻落实上级工会工作部署，", 320)
	findings := make([]finding.Finding, 100)
	for i := range findings {
		col := 1 + i*50
		findings[i] = finding.Finding{Rule: "punct/repeated", Severity: finding.SeverityWarning, Message: "重复标点",
			Path: "a.txt", LineText: line, Text: "，",
			Start: finding.Position{Line: 1, Column: col, RuneColumn: col},
			End:   finding.Position{Line: 1, Column: col + 1, RuneColumn: col + 1}}
	}
	rep := newTextReporter(io.Discard, Options{})
	for b.Loop() {
		if err := rep.File(finding.File{Path: "a.txt"}, findings); err != nil {
			b.Fatal(err)
		}
	}
}
