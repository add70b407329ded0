package facts

import "unicode/utf8"

// lastRune decodes the last rune of s (utf8.RuneError, 0 for "").
func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

// runesBefore returns up to n runes of text ending at offset i.
func runesBefore(text string, i, n int) string {
	b := i
	for k := 0; k < n && b > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(text[:b])
		b -= size
	}
	return text[b:i]
}

// runesAfter returns up to n runes of text starting at offset i.
func runesAfter(text string, i, n int) string {
	a := i
	for k := 0; k < n && a < len(text); k++ {
		_, size := utf8.DecodeRuneInString(text[a:])
		a += size
	}
	return text[i:a]
}
