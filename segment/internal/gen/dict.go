package main

import (
	"cmp"
	"slices"
	"strings"

	"github.com/gwlint/gwlint/internal/gsedict"
)

// defaultTop is how many general words the list keeps. Loading is linear in
// the word count (gse builds a trie and pre-splits every word for its search
// mode): 15,000 words load in about 25 ms and 14 MB, which keeps the first
// segmentation within the linter's budget of ~30 ms, while the 2,000 words
// after that add little to boundary decisions in administrative prose.
const defaultTop = 15000

// Frequencies given to added words that the general list lacks or ranks
// low. A domain term must beat the split into its parts (县/总工会) without
// swallowing neighbours, so it gets a middling count; a typo form only needs
// to exist, so that it is cut as one word rather than as single characters.
const (
	domainFloor = 200
	typoFloor   = 3
)

// extraSet is a group of words to add, each with at least floor as its
// frequency.
type extraSet struct {
	words []string
	floor int64
}

// compose keeps the top most frequent general words and adds every extra
// word. An extra word keeps its general frequency when that is higher than
// its set's floor, so adding a term never demotes a common word. The result
// is sorted by frequency, then by word, so regenerating gives the same file.
func compose(general []gsedict.Entry, top int, extras []extraSet) []gsedict.Entry {
	known := make(map[string]int64, len(general))
	for _, w := range general {
		if w.Freq > known[w.Word] {
			known[w.Word] = w.Freq
		}
	}
	ranked := slices.Clone(general)
	slices.SortStableFunc(ranked, func(a, b gsedict.Entry) int { return cmp.Compare(b.Freq, a.Freq) })

	chosen := make(map[string]int64, top)
	for _, w := range ranked {
		if len(chosen) == top {
			break
		}
		if _, dup := chosen[w.Word]; !dup {
			chosen[w.Word] = w.Freq
		}
	}
	for _, set := range extras {
		for _, w := range set.words {
			chosen[w] = max(chosen[w], known[w], set.floor)
		}
	}

	out := make([]gsedict.Entry, 0, len(chosen))
	for w, f := range chosen {
		out = append(out, gsedict.Entry{Word: w, Freq: f})
	}
	slices.SortFunc(out, func(a, b gsedict.Entry) int {
		if c := cmp.Compare(b.Freq, a.Freq); c != 0 {
			return c
		}
		return strings.Compare(a.Word, b.Word)
	})
	return out
}
