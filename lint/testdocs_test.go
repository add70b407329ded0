package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
	"github.com/gwlint/gwlint/parser"
)

// parseTestDocuments parses the repository's documents matching the
// patterns (relative to the repository root), in pattern order. Files the
// parser rejects on purpose (the malformed fixtures of testdata/formats)
// are left out; finding none at all fails the test, so a moved folder
// cannot make a test pass vacuously.
func parseTestDocuments(t testing.TB, patterns ...string) []*parser.Document {
	t.Helper()
	root := testenv.RepoRoot(t)
	var docs []*parser.Document
	for _, pattern := range patterns {
		files, err := filepath.Glob(filepath.Join(root, pattern))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, parseFiles(t, files)...)
	}
	if len(docs) == 0 {
		t.Fatalf("no test documents match %q", patterns)
	}
	return docs
}

// parseFiles parses the given files, leaving out those the parser rejects
// (samples of bad input).
func parseFiles(t testing.TB, files []string) []*parser.Document {
	t.Helper()
	var docs []*parser.Document
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if doc, err := parser.Parse(file, data, parser.Options{}); err == nil {
			docs = append(docs, doc)
		}
	}
	return docs
}
