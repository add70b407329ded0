package htmltext

import "unicode"

// isWide reports whether c is a character of CJK text: Han, kana, Hangul,
// CJK punctuation and full-width forms, and the curly quotes, dashes and
// ellipsis that Chinese text sets at full width.
func isWide(c rune) bool {
	switch {
	case unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo):
		return true
	case c >= 0x3000 && c <= 0x303F, // CJK symbols and punctuation
		c >= 0xFF00 && c <= 0xFFEF, // half- and full-width forms
		c >= 0xFE30 && c <= 0xFE4F: // CJK compatibility forms
		return true
	}
	switch c {
	case '“', '”', '‘', '’', '—', '…', '·':
		return true
	}
	return false
}
