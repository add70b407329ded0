package lint

import (
	"bytes"
	"encoding/json"
	"maps"
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/gwlint/gwlint/facts"
	_ "github.com/gwlint/gwlint/facts/all"
	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/script"
)

// ruleInput is the document as rules see it (`input` in Rego): the parsed
// section tree plus the facts Go computes for rules. docs/input.md documents
// every field; `gwlint parse --format json` prints exactly this.
type ruleInput struct {
	*parser.Document
	// Matches holds, for each pattern list under data.gwlint.patterns, the
	// matches found in the document's paragraphs.
	Matches map[string][]matchFact `json:"matches"`
	// Facts holds what the extractors of package facts computed, by name.
	Facts map[string]any `json:"facts"`
}

// matchFact is one pattern match, with byte offsets into the document text.
type matchFact struct {
	// Entry is the index of the matching entry in its pattern list, so a
	// rule reads the entry's fields as data.gwlint.patterns[list][entry].
	Entry int `json:"entry"`
	// Text is the matched text as written (original script).
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Paragraph is the index of the paragraph holding the match.
	Paragraph int `json:"paragraph"`
	// Before and After are up to 10 characters of the paragraph around the
	// match, for exclusions such as "X光" or "3×4".
	Before string `json:"before"`
	After  string `json:"after"`
	// WordStart and WordEnd, present only for entries with boundary: word,
	// say whether the match starts and ends at a word boundary of the
	// segmented paragraph.
	WordStart *bool `json:"word_start,omitempty"`
	WordEnd   *bool `json:"word_end,omitempty"`
}

// Input builds the whole rule input of a document: what `gwlint parse`
// prints and rule tests see.
func (e *Engine) Input(doc *parser.Document) *ast.Term { return e.input(doc, fullInput) }

// lintInput builds the part of the rule input that the enabled rules read
// (see inputuse.go); on every path a rule reads, it equals Input.
func (e *Engine) lintInput(doc *parser.Document) *ast.Term { return e.input(doc, e.use) }

// input builds the parts of the rule input under use. Fact extraction (and
// the encoding of its result) runs on its own goroutine while this one
// matches patterns and encodes the section tree: they only read the
// document, and on a long file each takes seconds.
func (e *Engine) input(doc *parser.Document, use *inputUse) *ast.Term {
	texts := newParagraphTexts(doc)
	factsTerm := make(chan *ast.Term, 1)
	factsUse := use.child("facts")
	go func() {
		factsTerm <- encodeUsed(reflect.ValueOf(e.extractFacts(doc, texts, factsUse.has)), factsUse)
	}()
	matches := e.findMatches(doc, texts)
	return newDocEncoder(doc, use).input(doc, matches, func() *ast.Term { return <-factsTerm })
}

// goInput computes the pattern matches and the facts the enabled rules
// read, as Go values, for the long-document path (parallel.go). Matching
// runs on this goroutine while the fact extractors run side by side on the
// others: the extractors only read the document, and on a 10 MB file
// they take half a second one after another.
func (e *Engine) goInput(doc *parser.Document) *ruleInput {
	texts := newParagraphTexts(doc)
	facts := make(chan map[string]any, 1)
	go func() { facts <- e.extractFactsConcurrently(doc, texts) }()
	matches := e.findMatches(doc, texts)
	return &ruleInput{Document: doc, Matches: matches, Facts: <-facts}
}

// buildInput is the rule input as Go values, computed sequentially.
func (e *Engine) buildInput(doc *parser.Document) *ruleInput {
	texts := newParagraphTexts(doc)
	return &ruleInput{Document: doc, Matches: e.findMatches(doc, texts), Facts: e.extractFacts(doc, texts, nil)}
}

// findMatches runs every pattern list over the paragraphs.
func (e *Engine) findMatches(doc *parser.Document, texts *paragraphTexts) map[string][]matchFact {
	matches := make(map[string][]matchFact, len(e.patterns.lists))
	for i := range e.patterns.lists {
		matches[e.patterns.lists[i].name] = nil
	}
	sc := newScanner(e.patterns)
	for i, p := range doc.Paragraphs {
		norm := texts.simplified[i]
		var bounds *wordBoundaries // segmented lazily, once per paragraph
		for l, found := range sc.scan(p.Text, norm, string(p.Role)) {
			pl := &e.patterns.lists[l]
			for _, m := range found {
				start, end := p.Map.Source(m.start, m.end)
				before, after := around(p.Text, m.start, m.end, contextRunes)
				f := matchFact{
					Entry: m.entry, Text: p.Text[m.start:m.end], Start: start, End: end,
					Paragraph: p.Index, Before: before, After: after,
				}
				if pl.entries[m.entry].words {
					if bounds == nil {
						bounds = newWordBoundaries(texts.wordEndsOf(p))
					}
					ws, we := bounds.at(m.start), bounds.at(m.end)
					f.WordStart, f.WordEnd = &ws, &we
				}
				matches[pl.name] = append(matches[pl.name], f)
			}
		}
	}
	return matches
}

// extractFacts runs the extractors of package facts whose facts are wanted
// (nil: all of them).
func (e *Engine) extractFacts(doc *parser.Document, texts *paragraphTexts, want func(name string) bool) map[string]any {
	env := &facts.Env{Data: e.data, Simplified: texts.simplifiedOf, Memo: e.memo}
	if Segment != nil {
		env.WordEnds = texts.wordEndsOf
	}
	return facts.Extract(doc, env, want)
}

// extractFactsConcurrently runs the extractors whose facts the enabled
// rules read on up to GOMAXPROCS goroutines, each taking the next
// extractor when it is done with one.
func (e *Engine) extractFactsConcurrently(doc *parser.Document, texts *paragraphTexts) map[string]any {
	var names []string
	wanted := e.use.child("facts")
	for _, n := range facts.Names() {
		if wanted.has(n) {
			names = append(names, n)
		}
	}
	out := make(map[string]any, len(names))
	var mu sync.Mutex
	var next atomic.Int32
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < len(names); i = int(next.Add(1)) - 1 {
				one := e.extractFacts(doc, texts, func(n string) bool { return n == names[i] })
				mu.Lock()
				maps.Copy(out, one)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return out
}

// toSimplified normalises traditional characters to simplified ones while
// keeping byte offsets, so simplified word lists match traditional text.
var toSimplified = script.ToSimplified

// InputJSON renders the rule input of a document as indented JSON: what
// `gwlint parse --format json` prints and docs/input.md documents.
func (e *Engine) InputJSON(doc *parser.Document) ([]byte, error) {
	v, err := ast.JSON(e.Input(doc).Value)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}
