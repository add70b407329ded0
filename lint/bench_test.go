package lint

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/gwlint/gwlint/parser"
)

// benchDocument builds a document of n paragraphs from the team's clean
// corpus (testdata/clean), repeated as needed.
func benchDocument(b *testing.B, n int) []byte {
	b.Helper()
	files, err := filepath.Glob("../testdata/clean/*.txt")
	if err != nil || len(files) == 0 {
		b.Skip("no clean corpus")
	}
	sort.Strings(files)
	var paras []string
	for len(paras) < n {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			for _, line := range strings.Split(string(data), "\n") {
				if strings.TrimSpace(line) != "" && len(paras) < n {
					paras = append(paras, line)
				}
			}
		}
	}
	return []byte(strings.Join(paras, "\n") + "\n")
}

// benchSetup returns an engine with every rule and the parsed
// 200-paragraph document.
func benchSetup(b *testing.B) (*Engine, *parser.Document) {
	b.Helper()
	doc, err := parser.Parse("bench.txt", benchDocument(b, 200), parser.Options{})
	if err != nil {
		b.Fatal(err)
	}
	e, err := New(context.Background(), Settings{})
	if err != nil {
		b.Fatal(err)
	}
	return e, doc
}

// BenchmarkLint200Paragraphs is the figure the README reports: parse,
// facts and evaluation of every enabled rule on a 200-paragraph document.
func BenchmarkLint200Paragraphs(b *testing.B) {
	data := benchDocument(b, 200)
	e, err := New(context.Background(), Settings{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc, err := parser.Parse("bench.txt", data, parser.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := e.Lint(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRule measures each rule alone on the 200-paragraph document, as
// Regal's BenchmarkEachRule does, to find a slow rule.
func BenchmarkRule(b *testing.B) {
	all, doc := benchSetup(b)
	docs := []*parser.Document{doc}
	for _, r := range all.Rules() {
		id := r.ID
		b.Run(id, func(b *testing.B) { benchEvaluate(b, onlyRule(b, id), docs) })
	}
}

// benchEvaluate times the evaluation of e's rules on docs, with the inputs
// built before the timer starts.
func benchEvaluate(b *testing.B, e *Engine, docs []*parser.Document) {
	inputs := make([]*ast.Term, len(docs))
	for i, doc := range docs {
		inputs[i] = e.lintInput(doc)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, doc := range docs {
			if _, err := e.evaluate(context.Background(), doc, inputs[j]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkNewEngine is the start-up cost of every gwlint process: loading
// the rules and word lists and preparing the query.
func BenchmarkNewEngine(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := New(context.Background(), Settings{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodeInput compares the hand-written encoder of the rule input
// with the reflective one it replaced, on the 200-paragraph document with
// its matches and facts already computed.
func BenchmarkEncodeInput(b *testing.B) {
	e, doc := benchSetup(b)
	in := e.buildInput(doc)
	b.Run("reflect", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			toTerm(in)
		}
	})
	b.Run("handwritten", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			encodeRuleInput(in)
		}
	})
}

// BenchmarkBuildInput is pattern matching plus fact extraction, without
// encoding.
func BenchmarkBuildInput(b *testing.B) {
	e, doc := benchSetup(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.buildInput(doc)
	}
}

// BenchmarkRuleLongDocument measures the rules that were slowest on the
// 10 MB file, alone, on a 6,000-paragraph document made of the clean
// corpus repeated: long enough that a rule whose cost grows faster than the
// document (a lookup that rescans every heading) stands out, and full of
// repeated paragraphs and restarting heading series, as concatenated
// documents are.
func BenchmarkRuleLongDocument(b *testing.B) {
	doc, err := parser.Parse("long.txt", benchDocument(b, 6000), parser.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, id := range []string{
		"artifact/duplicate-paragraph",
		"artifact/concatenated",
		"structure/heading-level",
		"structure/heading-sequence",
		"structure/enumeration-sequence",
		"punctuation/halfwidth",
		"wording/repeated-char",
	} {
		b.Run(id, func(b *testing.B) { benchEvaluate(b, onlyRule(b, id), []*parser.Document{doc}) })
	}
}

// BenchmarkRuleCorpus measures each rule alone over the team's documents
// (testdata/clean and testdata/samples, the sources of the bench corpus):
// ordinary reports of a few kilobytes, where the cost every rule pays per
// document shows, which a single long document hides. Allocations per op
// are the stable measure on a busy machine.
func BenchmarkRuleCorpus(b *testing.B) {
	docs := parseTestDocuments(b, "testdata/clean/*.txt", "testdata/samples/*")
	all, err := New(context.Background(), Settings{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("all", func(b *testing.B) { benchEvaluate(b, all, docs) })
	for _, r := range all.Rules() {
		id := r.ID
		b.Run(id, func(b *testing.B) { benchEvaluate(b, onlyRule(b, id), docs) })
	}
}
