package lint

import "github.com/gwlint/gwlint/segment"

// Segment splits text into words and returns the byte offsets where words
// end (the last one equals len(text)). The dictionary loads on first use,
// so documents whose matches need no word boundaries never pay for it. A
// nil Segment makes every rune boundary a word boundary.
var Segment = segment.WordEnds

// wordBoundaries answers whether a byte offset of a paragraph is a word
// boundary.
type wordBoundaries struct {
	text string
	ends map[int]bool
}

func newWordBoundaries(text string) *wordBoundaries {
	w := &wordBoundaries{text: text}
	if Segment != nil {
		w.ends = map[int]bool{0: true}
		for _, e := range Segment(text) {
			w.ends[e] = true
		}
	}
	return w
}

func (w *wordBoundaries) at(off int) bool {
	if w.ends == nil {
		return true
	}
	return w.ends[off]
}
