package report

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// escapeInvisible rewrites format characters (zero-width space, BOM, bidi
// marks) and U+2028/U+2029 in encoded JSON as \uXXXX escapes. encoding/json
// writes them raw, which is valid but leaves the web-page debris gwlint
// reports invisible in the output. Outside strings JSON holds only ASCII,
// so every such rune is inside a string, where the escape means the same.
func escapeInvisible(encoded []byte) []byte {
	i := 0
	for i < len(encoded) && encoded[i] < utf8.RuneSelf {
		i++
	}
	if i == len(encoded) {
		return encoded
	}
	out := make([]byte, 0, len(encoded)+16)
	out = append(out, encoded[:i]...)
	for i < len(encoded) {
		r, size := utf8.DecodeRune(encoded[i:])
		if unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029' {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, encoded[i:i+size]...)
		}
		i += size
	}
	return out
}
