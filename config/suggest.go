package config

import (
	"fmt"
	"strings"
)

// closest returns the candidate nearest to s by edit distance, or "" when
// none is near enough to be a plausible typo. The cut-off grows with the
// word so "ignroe" finds "ignore" but "x" does not find "version". A
// candidate that s abbreviates ("required" for "required_sections") also
// counts as near.
func closest(s string, candidates []string) string {
	if len(s) >= 3 {
		for _, c := range candidates {
			if strings.HasPrefix(c, s) {
				return c
			}
		}
	}
	best, bestDist := "", -1
	for _, c := range candidates {
		d := editDistance(s, c)
		if bestDist < 0 || d < bestDist || (d == bestDist && c < best) {
			best, bestDist = c, d
		}
	}
	limit := len([]rune(s))/3 + 1
	if bestDist < 0 || bestDist > limit || bestDist == len([]rune(s)) {
		return ""
	}
	return best
}

// didYouMean is the " (did you mean "x"?)" suffix, or "" without a match.
func didYouMean(s string, candidates []string) string {
	if c := closest(s, candidates); c != "" && c != s {
		return fmt.Sprintf(" (did you mean %q?)", c)
	}
	return ""
}

// editDistance is the Levenshtein distance counted in runes, so a mistyped
// Han character costs one edit like a Latin letter.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
