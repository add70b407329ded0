package lint

import (
	"context"
	"path/filepath"
	"testing"
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
		l := lintFile(t, e, f)
		if n := len([]rune(string(l.data))); n < 1000 {
			t.Errorf("%s: %d characters; clean documents need 1,000+", f, n)
		}
		l.expectNoWarnings(t)
	}
}
