package lint

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
)

// TestCleanDocumentsLintClean is the precision check: the team's clean
// documents (testdata/clean, and the cross-format source document) are what
// a careful clerk submits, traps included (X光, 团体安康保险, 应对复杂局面,
// growth rates above 100%, counts that agree). No rule may report anything
// at warning level or above on them.
func TestCleanDocumentsLintClean(t *testing.T) {
	files, err := filepath.Glob("../testdata/clean/*.txt")
	if err != nil || len(files) < 10 {
		t.Fatalf("want at least 10 clean documents, found %d (%v)", len(files), err)
	}
	files = append(files, "../testdata/formats/report.txt")
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if n := len([]rune(string(data))); n < 1000 {
			t.Errorf("%s: %d characters; clean documents need 1,000+", f, n)
		}
		doc, err := parser.Parse(f, data, parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		fs, err := e.Lint(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, fd := range fs {
			if fd.Severity >= finding.SeverityWarning {
				t.Errorf("%s:%d:%d: %s %s: %s (%q)", filepath.Base(f), fd.Start.Line, fd.Start.Column, fd.Severity, fd.Rule, fd.Message, fd.Text)
			}
		}
	}
}
