package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
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

// wordFreq is one dictionary line.
type wordFreq struct {
	word string
	freq int64
}

// readDictFile reads a gse dictionary file ("word freq [pos]" lines).
func readDictFile(path string) ([]wordFreq, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening dictionary: %w", err)
	}
	defer f.Close()
	words, err := readDict(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return words, nil
}

// readDict parses dictionary lines in file order. Blank lines and lines
// without a frequency are skipped, as gse skips them.
func readDict(r io.Reader) ([]wordFreq, error) {
	var words []wordFreq
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		freq, err := strconv.ParseInt(fields[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: frequency %q: %w", line, fields[1], err)
		}
		words = append(words, wordFreq{word: fields[0], freq: freq})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	return words, nil
}

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
func compose(general []wordFreq, top int, extras []extraSet) []wordFreq {
	known := make(map[string]int64, len(general))
	for _, w := range general {
		if w.freq > known[w.word] {
			known[w.word] = w.freq
		}
	}
	ranked := slices.Clone(general)
	slices.SortStableFunc(ranked, func(a, b wordFreq) int { return cmp.Compare(b.freq, a.freq) })

	chosen := make(map[string]int64, top)
	for _, w := range ranked {
		if len(chosen) == top {
			break
		}
		if _, dup := chosen[w.word]; !dup {
			chosen[w.word] = w.freq
		}
	}
	for _, set := range extras {
		for _, w := range set.words {
			chosen[w] = max(chosen[w], known[w], set.floor)
		}
	}

	out := make([]wordFreq, 0, len(chosen))
	for w, f := range chosen {
		out = append(out, wordFreq{word: w, freq: f})
	}
	slices.SortFunc(out, func(a, b wordFreq) int {
		if c := cmp.Compare(b.freq, a.freq); c != 0 {
			return c
		}
		return strings.Compare(a.word, b.word)
	})
	return out
}
