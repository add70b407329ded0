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
	"unicode"
)

// countFile reads a gse dictionary file and returns per-character frequencies.
func countFile(path string) (map[rune]int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening dictionary: %w", err)
	}
	defer f.Close()
	freq, err := countChars(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return freq, nil
}

// countChars accumulates, for every Han character, the frequencies of the
// dictionary words it occurs in. Lines are "word freq [pos]"; a character is
// credited once per occurrence, so 工 in 工会 and 工作 gets both words'
// counts. Weighting by word frequency rather than counting entries is what
// makes 的 outrank a character that merely appears in many rare compounds.
func countChars(r io.Reader) (map[rune]int64, error) {
	freq := make(map[rune]int64)
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue // blank or malformed: gse skips these too
		}
		wordFreq, err := strconv.ParseInt(fields[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: frequency %q: %w", line, fields[1], err)
		}
		for _, c := range fields[0] {
			if unicode.Is(unicode.Han, c) {
				freq[c] += wordFreq
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	return freq, nil
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
