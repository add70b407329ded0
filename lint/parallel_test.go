package lint

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/internal/testenv"
	"github.com/gwlint/gwlint/parser"
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
		// mustFind is a rule that must report something, so the case tests it.
		mustFind string
		// inPieces evaluates every rule that can be split in pieces
		// (splittasks.go), however short its list.
		inPieces bool
	}{
		{"all rules", Settings{}, "", false},
		{"some rules", onlyRules("structure/heading-sequence", "artifact/duplicate-paragraph", "wording/typo", "number/count-mismatch"), "", false},
		{"a user rule reading the whole input", Settings{RulePaths: []string{wholeInputRule(t)}}, "wording/whole-input", false},
		{"all rules in pieces", Settings{}, "number/missing-value", true},
		{"a user rule in pieces with a body that does not read the list", Settings{RulePaths: []string{piecewiseRule(t)}}, "wording/piecewise", true},
	} {
		t.Run(s.name, func(t *testing.T) {
			if s.inPieces {
				defer func(n int) { splitMinElements = n }(splitMinElements)
				splitMinElements = 1
			}
			e, err := New(context.Background(), s.settings)
			if err != nil {
				t.Fatal(err)
			}
			if s.inPieces && !someRuleInPieces(t, e, docs) {
				t.Fatal("no rule was split: the comparison does not test pieces")
			}
			total, found := 0, s.mustFind == ""
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
				found = found || slices.ContainsFunc(want, func(f finding.Finding) bool { return f.Rule == s.mustFind })
			}
			if total == 0 || !found {
				t.Errorf("the documents gave %d findings (%s: %v): the comparison tests nothing", total, s.mustFind, found)
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

// wholeInputRule writes a user rule that hands the whole input to a
// builtin (so it must get every part) and reports the title when the input
// has more than four keys; it returns the rule folder.
func wholeInputRule(t *testing.T) string {
	t.Helper()
	rule := `# METADATA
# title: 全部输入
# description: Reads the whole input.
# custom:
#   id: wording/whole-input
#   category: wording
#   severity: info
#   bad: [关于工作的总结]
#   good: [短句。]
package gwlint.rules.wording["whole-input"]

import data.gwlint.result

report contains finding if {
	count(object.keys(input)) > 4
	count(input.facts) > 0
	input.title != null
	finding := result.fail(rego.metadata.chain(), input.title.span, sprintf("%d", [count(input.paragraphs)]))
}
`
	return testenv.WriteRule(t, "wording/whole-input", rule)
}

// piecewiseRule writes a user rule that reports paragraphs one by one
// (so it is evaluated in pieces) and, in a second body that does not read
// them, the title (which every piece then reports); it returns the rule
// folder.
func piecewiseRule(t *testing.T) string {
	t.Helper()
	rule := `# METADATA
# title: 逐段
# description: Reports paragraphs that mention 工作, and the title.
# custom:
#   id: wording/piecewise
#   category: wording
#   severity: info
#   bad: [工作总结]
#   good: [短句。]
package gwlint.rules.wording.piecewise

import data.gwlint.result

report contains finding if {
	some p in input.paragraphs
	contains(p.text, "工作")
	finding := result.fail(rego.metadata.chain(), p.span, "段落")
}

report contains finding if {
	input.title != null
	finding := result.fail(rego.metadata.chain(), input.title.span, "标题")
}
`
	return testenv.WriteRule(t, "wording/piecewise", rule)
}

// someRuleInPieces reports whether the long-document path evaluates some
// rule in pieces on one of docs.
func someRuleInPieces(t *testing.T, e *Engine, docs []*parser.Document) bool {
	t.Helper()
	queries, err := e.ruleQueries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range docs {
		for _, task := range planRuleTasks(queries, e.documentParts(doc)) {
			if task.split != nil {
				return true
			}
		}
	}
	return false
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

// TestLongDocumentPathTimesOut: a rule that runs past the timeout stops
// the long-document path with the same error as the single query.
func TestLongDocumentPathTimesOut(t *testing.T) {
	dir := testenv.WriteRule(t, "wording/slow", testenv.SlowRule)
	e, err := New(context.Background(), Settings{RulePaths: []string{dir}, Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	doc := parseTestDocuments(t, "testdata/samples/*")[0]
	_, _, err = e.lintLong(context.Background(), doc)
	if err == nil || !strings.Contains(err.Error(), "timed out") {
		t.Fatalf("error %v, want a timeout", err)
	}
}

// TestConcurrentExtractionGivesTheSameFacts: the long-document path runs
// the fact extractors side by side; they must give what one after another
// gives.
func TestConcurrentExtractionGivesTheSameFacts(t *testing.T) {
	e, _ := longDocumentEngine(t)
	for _, doc := range parseTestDocuments(t, "testdata/samples/*", "testdata/clean/*.txt") {
		want := e.extractFacts(doc, newParagraphTexts(doc), e.use.child("facts").has)
		got := e.extractFactsConcurrently(doc, newParagraphTexts(doc))
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d facts side by side, %d one after another, or they differ", filepath.Base(doc.Path), len(got), len(want))
		}
	}
}
