package numbers

import (
	"strings"
	"unicode/utf8"
)

// Small text helpers shared by the number, count, total, percent and date
// extractors. Offsets are byte offsets into a paragraph's text.

// afterLastMark returns the byte offset just after the last character of
// s that is one of marks, or 0 when there is none.
func afterLastMark(s, marks string) int {
	k := strings.LastIndexAny(s, marks)
	if k < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(s[k:])
	return k + size
}

// trimSpacesBefore moves i back over ASCII and ideographic spaces.
func trimSpacesBefore(s string, i int) int {
	for i > 0 {
		switch {
		case s[i-1] == ' ' || s[i-1] == '\t':
			i--
		case strings.HasSuffix(s[:i], "　"):
			i -= len("　")
		default:
			return i
		}
	}
	return i
}

// numbersContainsAny reports whether s contains one of words.
func numbersContainsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
