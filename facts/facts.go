// Package facts is where Go tells rules what is costly or fiddly to work
// out in Rego: numbers with their units, stated counts and the items that
// follow them, totals and their parts, dates, character statistics. Go
// extracts facts; Rego rules decide what is wrong.
//
// This package holds only the registry and the types every extractor
// shares. The extractors live in subpackages named for what they compute
// (numbers, punct, scriptmix, artifact, headings); each registers its
// extractors from an init function, and package facts/all imports them all
// so the engine gets every one. Each kind of fact is an Extractor
// registered under a name; the engine runs every extractor on every
// document and puts the result under input.facts.<name>. Results are Go
// values whose json tags define their shape in the rule input (see
// docs/input.md). Offsets in facts are byte offsets into the document
// text, so rules can report exact spans.
package facts

import (
	"sort"
	"sync"

	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/segment"
)

// Env is what an extractor may use besides the document.
type Env struct {
	// Data is the merged data.gwlint (word lists, patterns), read-only.
	Data map[string]any
	// Simplified returns the simplified-normalised text of a paragraph:
	// same byte length and offsets as the paragraph text, with traditional
	// characters mapped to simplified ones, so one word list serves both
	// scripts.
	Simplified func(p *parser.Paragraph) string
	// WordEnds returns the byte offsets where words end in the simplified
	// text of a paragraph, segmented once per document and shared with
	// pattern matching. Nil means: segment on demand.
	WordEnds func(p *parser.Paragraph) []int
	// Memo keeps what extractors derive from Data across the documents of
	// one engine (see Memoized); nil means: derive it per document.
	Memo *Memo
}

// WordEndsOf is the word ends of p's simplified text, from the Env's shared
// segmentation when it has one.
func (e *Env) WordEndsOf(p *parser.Paragraph) []int {
	if e != nil && e.WordEnds != nil {
		return e.WordEnds(p)
	}
	return segment.WordEnds(e.SimplifiedText(p))
}

// SimplifiedText is the simplified text of p, or p's own text when there is
// no Env or it offers no normaliser (tests and tools call extractors with
// nil), so extractors need not check.
func (e *Env) SimplifiedText(p *parser.Paragraph) string {
	if e != nil && e.Simplified != nil {
		return e.Simplified(p)
	}
	return p.Text
}

// Extractor computes one kind of fact for a document.
type Extractor func(doc *parser.Document, env *Env) any

var (
	mu         sync.RWMutex
	extractors = map[string]Extractor{}
)

// Register adds an extractor under name (input.facts.<name>). It is meant
// to be called from init functions; registering a name twice panics, as it
// is a programming error.
func Register(name string, fn Extractor) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := extractors[name]; dup {
		panic("facts: extractor registered twice: " + name)
	}
	extractors[name] = fn
}

// Names lists the registered extractors in a stable order.
func Names() []string {
	mu.RLock()
	defer mu.RUnlock()
	names := make([]string, 0, len(extractors))
	for n := range extractors {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Extract runs the extractors whose names want accepts (every extractor
// when want is nil) on doc. The engine leaves out facts that no enabled
// rule reads.
func Extract(doc *parser.Document, env *Env, want func(name string) bool) map[string]any {
	names := Names()
	mu.RLock()
	defer mu.RUnlock()
	out := make(map[string]any, len(names))
	for _, n := range names {
		if want == nil || want(n) {
			out[n] = extractors[n](doc, env)
		}
	}
	return out
}

// SourceSpan maps a byte range of a paragraph's text to the document text.
type SourceSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Span maps [start, end) of p.Text to a SourceSpan.
func Span(p *parser.Paragraph, start, end int) SourceSpan {
	s, e := p.Map.Source(start, end)
	return SourceSpan{Start: s, End: e}
}
