package facts

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gwlint/gwlint/parser"
)

// parseText parses text as a plain-text document for fact tests.
func parseText(t *testing.T, text string) *parser.Document {
	t.Helper()
	doc, err := parser.Parse("t.txt", []byte(text), parser.Options{})
	if err != nil {
		t.Fatalf("parse %q: %v", text, err)
	}
	return doc
}

// seedsDir returns ../shared/seeds relative to the repository root, or skips
// the test when the reference documents are not there.
func seedsDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	seeds := filepath.Join(dir, "..", "shared", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skip("reference documents not available")
	}
	return seeds
}

// parseSeed parses one reference document, skipping when it is absent.
func parseSeed(t *testing.T, name string) *parser.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seedsDir(t), name))
	if err != nil {
		t.Skipf("seed %s: %v", name, err)
	}
	doc, err := parser.Parse(name, b, parser.Options{})
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return doc
}
