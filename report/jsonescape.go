package report

import (
	"unicode"
	"unicode/utf8"
)

// escapeInvisible rewrites format characters (zero-width space, BOM, bidi
// marks) and U+2028/U+2029 in encoded JSON as \uXXXX escapes. encoding/json
// writes them raw, which is valid but leaves the web-page debris gwlint
// reports invisible in the output. Outside strings JSON holds only ASCII,
// so every such rune is inside a string, where the escape means the same.
//
// Output with tens of thousands of findings is mostly Han text, so the
// scan skips ASCII and the range that holds CJK (see visible) without a
// table lookup, and copies unchanged stretches in one append.
func escapeInvisible(encoded []byte) []byte {
	var out []byte // nil until the first rune that needs escaping
	done := 0      // encoded[:done] is already in out
	for i := 0; i < len(encoded); {
		if encoded[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(encoded[i:])
		if visible(r) {
			i += size
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(encoded)+16)
		}
		out = append(out, encoded[done:i]...)
		out = appendUnicodeEscape(out, r)
		i += size
		done = i
	}
	if out == nil {
		return encoded
	}
	return append(out, encoded[done:]...)
}

// visible reports whether a non-ASCII rune is written as is: anything but a
// format character (category Cf) or a line or paragraph separator.
// Between U+2070 and U+FEFE (CJK, kana, hangul, fullwidth punctuation and
// the rest of the BMP's middle) there is no such rune, so most text needs
// no table lookup.
func visible(r rune) bool {
	if r >= 0x2070 && r < 0xFEFF {
		return true
	}
	return !unicode.Is(unicode.Cf, r) && r != '\u2028' && r != '\u2029'
}
