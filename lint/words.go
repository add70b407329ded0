package lint

// Segment splits text into words and returns the byte offsets where words
// end (the last one equals len(text)). It is set by the segmentation
// package at start-up; until then every rune boundary counts as a word
// boundary, which makes boundary: word entries behave like plain matches.
var Segment func(text string) []int

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
