package facts

import "unicode/utf8"

// Facts quote a few characters around what they point at so that a rule's
// message can show the reader where it is. The punctuation, script and
// number extractors all do, so the helpers live here rather than in one of
// them.

// RunesBefore returns up to n runes of text ending at byte offset i.
func RunesBefore(text string, i, n int) string {
	b := i
	for k := 0; k < n && b > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(text[:b])
		b -= size
	}
	return text[b:i]
}

// RunesAfter returns up to n runes of text starting at byte offset i.
func RunesAfter(text string, i, n int) string {
	a := i
	for k := 0; k < n && a < len(text); k++ {
		_, size := utf8.DecodeRuneInString(text[a:])
		a += size
	}
	return text[i:a]
}
