package report

import "github.com/gwlint/gwlint/finding"

// span is a finding's extent in the units SARIF and GitHub use: 1-based
// lines, 1-based UTF-16 columns, end column exclusive.
type span struct {
	startLine, startColumn, endLine, endColumn int
}

// findingSpan normalises a finding's positions for machine consumers:
// columns are at least 1 (GitHub rejects 0) and a reversed end is clamped
// to the start. ok is false for a finding about the whole file (no line).
func findingSpan(fd finding.Finding) (s span, ok bool) {
	if fd.Start.Line < 1 {
		return span{}, false
	}
	s = span{startLine: fd.Start.Line, startColumn: max(fd.Start.Column, 1),
		endLine: fd.End.Line, endColumn: max(fd.End.Column, 1)}
	if s.endLine < s.startLine || (s.endLine == s.startLine && s.endColumn < s.startColumn) {
		s.endLine, s.endColumn = s.startLine, s.startColumn
	}
	return s, true
}
