package lint

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
)

// lintedFile is a test document as read, parsed and linted.
type lintedFile struct {
	data     []byte
	doc      *parser.Document
	findings []finding.Finding
}

// lintFile reads, parses and lints one file with e.
func lintFile(t *testing.T, e *Engine, path string) lintedFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parser.Parse(path, data, parser.Options{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	fs, err := e.Lint(context.Background(), doc)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return lintedFile{data: data, doc: doc, findings: fs}
}

// reports tells whether a finding of rule overlaps [start, end).
func (l lintedFile) reports(rule string, start, end int) bool {
	for _, f := range l.findings {
		if f.Rule == rule && f.Start.Offset < end && start < f.End.Offset {
			return true
		}
	}
	return false
}

// expectNoWarnings fails the test for every finding at warning level or
// above: on a correct document each is a false positive.
func (l lintedFile) expectNoWarnings(t *testing.T) {
	t.Helper()
	for _, fd := range l.findings {
		if fd.Severity >= finding.SeverityWarning {
			t.Errorf("%s:%d:%d: %s %s: %s (%q)", filepath.Base(l.doc.Path), fd.Start.Line, fd.Start.Column, fd.Severity, fd.Rule, fd.Message, fd.Text)
		}
	}
}

// labelledDefect is one row of a held-out folder's README table: a file,
// the rule expected to report, and an excerpt of the defect.
type labelledDefect struct{ file, rule, excerpt string }

// readDefectTable reads the rows of the README table at path whose file
// name ends in suffix.
func readDefectTable(t *testing.T, path, suffix string) []labelledDefect {
	t.Helper()
	table, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []labelledDefect
	for _, line := range strings.Split(string(table), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 6 || !strings.HasSuffix(strings.TrimSpace(cells[1]), suffix) {
			continue
		}
		out = append(out, labelledDefect{
			file:    strings.TrimSpace(cells[1]),
			rule:    strings.TrimSpace(cells[3]),
			excerpt: strings.Trim(strings.TrimSpace(cells[4]), "`"),
		})
	}
	return out
}
