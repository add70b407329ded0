package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// dict is an OpenCC character dictionary: a character and its candidate
// conversions, most common first. Multi-character keys or candidates (none
// occur in the character dictionaries) are dropped by parseDict.
type dict map[rune][]rune

// parseDict reads opencc_dict's text format: "key\tcand1 cand2 …" per line.
func parseDict(text string) (dict, error) {
	d := dict{}
	for n, line := range strings.Split(text, "\n") {
		if line == "" {
			continue
		}
		key, rest, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: no tab in %q", n+1, line)
		}
		k, ok := singleRune(key)
		if !ok {
			continue
		}
		var cands []rune
		for _, c := range strings.Fields(rest) {
			if r, ok := singleRune(c); ok {
				cands = append(cands, r)
			}
		}
		if len(cands) > 0 {
			d[k] = cands
		}
	}
	return d, nil
}

func singleRune(s string) (rune, bool) {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || size != len(s) {
		return 0, false
	}
	return r, true
}
