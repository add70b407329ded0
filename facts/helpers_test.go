package facts

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/script"
)

// parseText parses text as a plain-text document for fact tests.
func parseText(t testing.TB, text string) *parser.Document {
	t.Helper()
	doc, err := parser.Parse("t.txt", []byte(text), parser.Options{})
	if err != nil {
		t.Fatalf("parse %q: %v", text, err)
	}
	return doc
}

// parseSeed parses the reference document numbered prefix (000 … 004)
// from ../shared/seeds, skipping the test when it is absent.
func parseSeed(t testing.TB, prefix string) *parser.Document {
	t.Helper()
	path := testenv.SeedPath(t, prefix)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parser.Parse(filepath.Base(path), data, parser.Options{})
	if err != nil {
		t.Fatalf("parse seed %s: %v", prefix, err)
	}
	return doc
}

// toSimplified is the Env.Simplified the engine installs: the paragraph
// through the script package's traditional→simplified table.
func toSimplified(p *parser.Paragraph) string { return script.ToSimplified(p.Text) }

// simplifyingEnv is an Env that gives extractors only the simplified text,
// which is all the artifact and duplicate extractors read.
func simplifyingEnv() *Env {
	return &Env{Simplified: toSimplified}
}

// checkSpan fails the test when a fact's byte span [start, end) leaves the
// document text or runs backwards: the span becomes a reported position.
func checkSpan(t testing.TB, doc *parser.Document, what string, start, end int) {
	t.Helper()
	if start < 0 || end < start || end > len(doc.Text) {
		t.Fatalf("%s span [%d,%d) outside a document of %d bytes", what, start, end, len(doc.Text))
	}
}
