// Package factstest holds what the tests of the fact extractors share:
// parsing a test text or a reference document, the Env the engine builds,
// and the span check every fuzz test makes.
//
// It is not part of internal/testenv because it imports the parser, whose
// own tests import testenv: putting it there would be an import cycle.
package factstest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/internal/testenv"
	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/script"
)

// ParseText parses text as a plain-text document, failing the test when
// the parser refuses it.
func ParseText(t testing.TB, text string) *parser.Document {
	t.Helper()
	doc, err := parser.Parse("t.txt", []byte(text), parser.Options{})
	if err != nil {
		t.Fatalf("parse %q: %v", text, err)
	}
	return doc
}

// ParseSeed parses the reference document numbered prefix (000 … 004)
// from ../shared/seeds, skipping the test when it is absent.
func ParseSeed(t testing.TB, prefix string) *parser.Document {
	t.Helper()
	path := testenv.SeedPath(t, prefix)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading seed %s: %v", prefix, err)
	}
	doc, err := parser.Parse(filepath.Base(path), data, parser.Options{})
	if err != nil {
		t.Fatalf("parse seed %s: %v", prefix, err)
	}
	return doc
}

// Simplified is the Env.Simplified the engine installs: the paragraph
// through the script package's traditional→simplified table.
func Simplified(p *parser.Paragraph) string { return script.ToSimplified(p.Text) }

// SimplifyingEnv is an Env that gives extractors only the simplified text,
// which is all that extractors without word lists read.
func SimplifyingEnv() *facts.Env {
	return &facts.Env{Simplified: Simplified}
}

// CheckSpan fails the test when a fact's byte span [start, end) leaves the
// document text or runs backwards: the span becomes a reported position.
func CheckSpan(t testing.TB, doc *parser.Document, what string, start, end int) {
	t.Helper()
	if start < 0 || end < start || end > len(doc.Text) {
		t.Fatalf("%s span [%d,%d) outside a document of %d bytes", what, start, end, len(doc.Text))
	}
}
