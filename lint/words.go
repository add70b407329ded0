package lint

import (
	"sync"

	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/segment"
)

// Segment splits text into words and returns the byte offsets where words
// end (the last one equals len(text)). The dictionary loads on first use,
// so documents whose matches need no word boundaries never pay for it. A
// nil Segment makes every rune boundary a word boundary.
var Segment = segment.WordEnds

// paragraphTexts holds what several consumers need per paragraph of one
// document: its simplified text, and its word ends, segmented on first
// request. Pattern matching (boundary: word entries) and the number facts
// both need word boundaries of the same simplified text; matching and
// fact extraction run concurrently, so each paragraph is segmented once,
// guarded by its own sync.Once.
type paragraphTexts struct {
	doc        *parser.Document
	simplified []string
	words      []wordSlot
}

type wordSlot struct {
	once sync.Once
	ends []int
}

func newParagraphTexts(doc *parser.Document) *paragraphTexts {
	t := &paragraphTexts{doc: doc, simplified: make([]string, len(doc.Paragraphs)), words: make([]wordSlot, len(doc.Paragraphs))}
	for i, p := range doc.Paragraphs {
		t.simplified[i] = toSimplified(p.Text)
	}
	return t
}

// owns reports whether p is paragraph p.Index of this document.
func (t *paragraphTexts) owns(p *parser.Paragraph) bool {
	return p.Index >= 0 && p.Index < len(t.simplified) && t.doc.Paragraphs[p.Index] == p
}

// simplifiedOf is the simplified text of a paragraph.
func (t *paragraphTexts) simplifiedOf(p *parser.Paragraph) string {
	if t.owns(p) {
		return t.simplified[p.Index]
	}
	return toSimplified(p.Text)
}

// wordEndsOf returns the word ends of a paragraph's simplified text; nil
// when segmentation is off (every rune boundary then counts).
func (t *paragraphTexts) wordEndsOf(p *parser.Paragraph) []int {
	if Segment == nil {
		return nil
	}
	if !t.owns(p) {
		return Segment(toSimplified(p.Text))
	}
	slot := &t.words[p.Index]
	slot.once.Do(func() { slot.ends = Segment(t.simplified[p.Index]) })
	return slot.ends
}

// wordBoundaries answers whether a byte offset of a paragraph is a word
// boundary.
type wordBoundaries struct {
	ends map[int]bool
}

// newWordBoundaries indexes word ends; nil ends make every offset a
// boundary.
func newWordBoundaries(ends []int) *wordBoundaries {
	if ends == nil {
		return &wordBoundaries{}
	}
	w := &wordBoundaries{ends: map[int]bool{0: true}}
	for _, e := range ends {
		w.ends[e] = true
	}
	return w
}

func (w *wordBoundaries) at(off int) bool {
	if w.ends == nil {
		return true
	}
	return w.ends[off]
}
