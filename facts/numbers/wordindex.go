package numbers

import (
	"iter"
	"unicode/utf8"
)

// wordIndex finds which word of a fixed list a text starts or ends with.
// The scanners ask this at every numeral of every paragraph (is a unit
// next? a marker? a word before it?), and testing each of seventy units
// with strings.HasPrefix was a fifth of their time; only the words that
// share the text's first (or last) character can match, so the index
// tests just those, in list order.
type wordIndex struct {
	words   []string
	byFirst map[rune][]int // indexes into words, in list order
	byLast  map[rune][]int
	firsts  *runeSet // the words' first characters, for containedIn
}

func newWordIndex(words []string) *wordIndex {
	w := &wordIndex{words: words, byFirst: map[rune][]int{}, byLast: map[rune][]int{}, firsts: newRuneSet()}
	for i, word := range words {
		if word == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(word)
		last, _ := utf8.DecodeLastRuneInString(word)
		w.byFirst[first] = append(w.byFirst[first], i)
		w.byLast[last] = append(w.byLast[last], i)
		w.firsts.add(first)
	}
	return w
}

// containedIn reports whether one of the words occurs in s. Searching for
// each word with strings.Contains stops at every byte equal to the word's
// first byte, and every Han character starts with one of six bytes; this
// walks s once, stopping only where a word's first character may start.
func (w *wordIndex) containedIn(s string) bool {
	for i := 0; ; {
		at, _, size := w.firsts.next(s, i)
		if at >= len(s) {
			return false
		}
		if w.prefix(s[at:]) >= 0 {
			return true
		}
		i = at + size
	}
}

// prefix returns the index of the first word in list order that s starts
// with, or -1: what a loop over the list with strings.HasPrefix returns.
func (w *wordIndex) prefix(s string) int {
	if s == "" {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s)
	for _, i := range w.byFirst[r] {
		if word := w.words[i]; len(s) >= len(word) && s[:len(word)] == word {
			return i
		}
	}
	return -1
}

// prefixWord is the word prefix finds, or "".
func (w *wordIndex) prefixWord(s string) string {
	if i := w.prefix(s); i >= 0 {
		return w.words[i]
	}
	return ""
}

// hasSuffixWord reports whether s ends with one of the words.
func (w *wordIndex) hasSuffixWord(s string) bool {
	for range w.suffixesOf(s) {
		return true
	}
	return false
}

// prefixesOf yields, in list order, the index of every word s starts with.
func (w *wordIndex) prefixesOf(s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if s == "" {
			return
		}
		r, _ := utf8.DecodeRuneInString(s)
		for _, i := range w.byFirst[r] {
			if word := w.words[i]; len(s) >= len(word) && s[:len(word)] == word && !yield(i) {
				return
			}
		}
	}
}

// suffixesOf yields, in list order, the index of every word s ends with.
func (w *wordIndex) suffixesOf(s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if s == "" {
			return
		}
		r, _ := utf8.DecodeLastRuneInString(s)
		for _, i := range w.byLast[r] {
			if word := w.words[i]; len(s) >= len(word) && s[len(s)-len(word):] == word && !yield(i) {
				return
			}
		}
	}
}
