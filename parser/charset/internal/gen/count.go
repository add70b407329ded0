package main

import (
	"cmp"
	"slices"
	"unicode"

	"github.com/gwlint/gwlint/internal/gsedict"
)

// countChars accumulates, for every Han character, the frequencies of the
// dictionary words it occurs in. A character is credited once per
// occurrence, so 工 in 工会 and 工作 gets both words' counts. Weighting by
// word frequency rather than counting entries is what makes 的 outrank a
// character that merely appears in many rare compounds.
func countChars(entries []gsedict.Entry) map[rune]int64 {
	freq := make(map[rune]int64)
	for _, e := range entries {
		for _, c := range e.Word {
			if unicode.Is(unicode.Han, c) {
				freq[c] += e.Freq
			}
		}
	}
	return freq
}

// topChars returns the n most frequent characters, most frequent first.
// Equal frequencies are ordered by code point so the output is reproducible.
func topChars(freq map[rune]int64, n int) []rune {
	chars := make([]rune, 0, len(freq))
	for c := range freq {
		chars = append(chars, c)
	}
	slices.SortFunc(chars, func(a, b rune) int {
		if c := cmp.Compare(freq[b], freq[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return chars[:min(n, len(chars))]
}
