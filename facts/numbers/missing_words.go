package numbers

import "unicode/utf8"

// gapWords knows the word boundaries of a paragraph, from the segmenter.
type gapWords struct {
	isBoundary []bool // indexed by byte offset, len(text)+1
	// every makes every offset a boundary, for the cheap first pass.
	every bool
}

// gapEveryRune treats every offset as a word boundary.
var gapEveryRune = &gapWords{every: true}

// newGapWords indexes the word ends of s (from segment.WordEnds).
func newGapWords(s string, ends []int) *gapWords {
	w := &gapWords{isBoundary: make([]bool, len(s)+1)}
	w.isBoundary[0] = true
	for _, e := range ends {
		if e >= 0 && e <= len(s) {
			w.isBoundary[e] = true
		}
	}
	return w
}

func (w *gapWords) boundary(i int) bool {
	if w.every {
		return true
	}
	return i >= 0 && i < len(w.isBoundary) && w.isBoundary[i]
}

// previousWordStart returns the start of the word before byte i, widened
// to two words when that word is a single character (直幅|条 shows 幅条
// rather than 条 alone), and never reaching back past clause punctuation.
func (w *gapWords) previousWordStart(s string, i int) int {
	limit := afterLastMark(s[:i], gapClauseMarks)
	start := w.boundaryBefore(i, limit)
	if utf8.RuneCountInString(s[start:i]) < 2 && start > limit {
		start = w.boundaryBefore(start, limit)
	}
	return start
}

// boundaryBefore returns the last word boundary before byte i, but not
// before limit.
func (w *gapWords) boundaryBefore(i, limit int) int {
	for j := i - 1; j > limit; j-- {
		if w.boundary(j) {
			return j
		}
	}
	return limit
}
