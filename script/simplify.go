package script

import "strings"

// ToSimplified maps every traditional character that has a single-character
// simplified form to that form, rune by rune, when both are BMP characters
// (3 bytes each in UTF-8), and keeps every other rune: ASCII, punctuation,
// simplified and neutral characters, invalid bytes, and the rare traditional
// characters whose simplified form lies outside the BMP (鰊→𬶠), which would
// change the length. So len(ToSimplified(s)) == len(s) and every byte offset
// into the result is a byte offset into s: a pattern match in the copy is an
// exact position in the original.
//
// It returns s itself, without allocating, when nothing changes, which is the
// common case for simplified documents.
func ToSimplified(s string) string {
	i, simp := nextConvertible(s, 0)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	copied := 0
	for ; i >= 0; i, simp = nextConvertible(s, i+3) {
		b.WriteString(s[copied:i])
		b.WriteRune(simp)
		copied = i + 3
	}
	b.WriteString(s[copied:])
	return b.String()
}

// nextConvertible returns the byte offset of the first character at or after
// from that ToSimplified replaces, and its simplified form; the offset is -1
// when there is none. Every such character, and its form, is 3 bytes.
//
// It scans bytes rather than decoding runes because this loop is the whole
// cost of ToSimplified: a byte outside the table's lead-byte range (ASCII,
// continuation bytes, punctuation outside it) is skipped with one compare.
// The result equals a rune-by-rune scan with utf8.DecodeRuneInString, also
// on invalid UTF-8: continuation bytes are never lead bytes, so a 3-byte
// sequence found at a lead byte is exactly a rune the decoder would return.
func nextConvertible(s string, from int) (int, rune) {
	leadLo, leadHi := tables.leadLo, tables.leadHi
	for i := from; i+2 < len(s); i++ {
		c := s[i]
		if c < leadLo || c > leadHi {
			continue
		}
		c1, c2 := s[i+1], s[i+2]
		if c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
			continue
		}
		r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
		if simp := tables.t2s[r]; simp != 0 {
			return i, rune(simp)
		}
		i += 2
	}
	return -1, 0
}
