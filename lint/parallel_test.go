package lint

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

// TestLongDocumentPathGivesTheSameFindings checks the long-document path
// (rules one by one, each on the parts of the input it reads) against the
// single query on the whole projected input, on every test document (the
// size threshold only decides which path runs). It runs with all rules and
// with a subset, since the parts a rule gets depend on what is enabled.
func TestLongDocumentPathGivesTheSameFindings(t *testing.T) {
	docs := parseTestDocuments(t, "testdata/samples/*", "testdata/clean/*", "testdata/holdout/*/*", "testdata/formats/*")
	for _, s := range []struct {
		name     string
		settings Settings
	}{
		{"all rules", Settings{}},
		{"some rules", onlyRules("structure/heading-sequence", "artifact/duplicate-paragraph", "wording/typo", "number/count-mismatch")},
	} {
		t.Run(s.name, func(t *testing.T) {
			e, err := New(context.Background(), s.settings)
			if err != nil {
				t.Fatal(err)
			}
			total := 0
			for _, doc := range docs {
				want, err := e.evaluate(context.Background(), doc, e.lintInput(doc))
				if err != nil {
					t.Fatal(err)
				}
				got, _, err := e.lintLong(context.Background(), doc)
				if err != nil {
					t.Fatal(err)
				}
				if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
					t.Errorf("%s: the long-document path gives %d findings, the single query %d", filepath.Base(doc.Path), len(got), len(want))
				}
				total += len(want)
			}
			if total == 0 {
				t.Error("the documents gave no findings: the comparison tests nothing")
			}
		})
	}
}

// TestInputPartsAreReleased checks that every part of a document's input
// is dropped once the rules that read it have run.
func TestInputPartsAreReleased(t *testing.T) {
	e, queries := longDocumentEngine(t)
	for _, doc := range parseTestDocuments(t, "testdata/samples/*") {
		dp := e.documentParts(doc)
		if _, err := e.evalEachRule(context.Background(), doc, queries, dp); err != nil {
			t.Fatal(err)
		}
		for k, p := range dp.parts {
			if n := p.readers.Load(); n != 0 || p.term != nil {
				t.Errorf("%s: part %s has %d readers left and is kept: %v", filepath.Base(doc.Path), k, n, p.term != nil)
			}
		}
	}
}

// TestEachRuleReadsPartsItsAnalysisFound checks the per-rule analysis
// against the whole: every part some rule reads is read by a rule that
// owns it, and a rule reading pattern matches only through the library
// still gets its lists.
func TestEachRuleReadsPartsItsAnalysisFound(t *testing.T) {
	e, queries := longDocumentEngine(t)
	dp := e.documentParts(parseTestDocuments(t, "testdata/samples/*")[0])
	read := map[partKey]bool{}
	for _, q := range queries {
		parts := partsRead(q.use, dp.keys)
		for _, k := range parts {
			read[k] = true
		}
		if q.id == "wording/typo" && !slices.Contains(parts, partKey{"matches", "typo"}) {
			t.Errorf("wording/typo does not get matches.typo: %v", parts)
		}
	}
	for _, k := range dp.keys {
		if !read[k] {
			t.Errorf("part %s is built for the enabled rules, but no rule's own analysis reads it", k)
		}
	}
}

// onlyRules are settings that enable only the given rules.
func onlyRules(ids ...string) Settings {
	return Settings{Level: func(r finding.Rule) finding.Severity {
		if slices.Contains(ids, r.ID) {
			return r.Severity
		}
		return finding.SeverityNone
	}}
}

// longDocumentEngine is an engine with every rule, and its per-rule
// queries.
func longDocumentEngine(t *testing.T) (*Engine, []ruleQuery) {
	t.Helper()
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	queries, err := e.ruleQueries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return e, queries
}
