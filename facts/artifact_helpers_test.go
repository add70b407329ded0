package facts

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/script"
)

// artifactEnv is the environment the engine gives extractors, with the
// real simplified-script normaliser.
func artifactEnv() *Env {
	return &Env{Simplified: func(p *parser.Paragraph) string { return script.ToSimplified(p.Text) }}
}

// artifactParse parses text as a plain-text document.
func artifactParse(t *testing.T, text string) *parser.Document {
	t.Helper()
	doc, err := parser.Parse("t.txt", []byte(text), parser.Options{})
	if err != nil {
		t.Fatalf("parse %q: %v", text, err)
	}
	return doc
}

// artifactSeed parses a reference document from ../shared/seeds next to the
// repository root, skipping the test when the seeds are not there.
func artifactSeed(t testing.TB, name string) *parser.Document {
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
	matches, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "seeds", name+"_*.txt"))
	if len(matches) != 1 {
		t.Skipf("seed %s not available", name)
	}
	data, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parser.Parse(filepath.Base(matches[0]), data, parser.Options{})
	if err != nil {
		t.Fatalf("parse seed %s: %v", name, err)
	}
	return doc
}
