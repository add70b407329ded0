package parser

import (
	"testing"
	"unicode/utf8"
)

// TestDecodeRuneMatchesStandardDecoder tries every three-byte sequence
// with a lead byte of a three-byte character, and some shorter inputs.
func TestDecodeRuneMatchesStandardDecoder(t *testing.T) {
	buf := []byte{0, 0, 0}
	for c0 := 0xE0; c0 <= 0xEF; c0++ {
		for c1 := 0; c1 < 256; c1++ {
			for c2 := 0; c2 < 256; c2++ {
				buf[0], buf[1], buf[2] = byte(c0), byte(c1), byte(c2)
				s := string(buf)
				r, size := decodeRune(s, 0)
				wr, wsize := utf8.DecodeRuneInString(s)
				if r != wr || size != wsize {
					t.Fatalf("decodeRune(% x) = %U, %d; want %U, %d", buf, r, size, wr, wsize)
				}
			}
		}
	}
	for _, s := range []string{"", "a", "中", "\xe4\xb8", "x中", "𠀋", "\xff"} {
		for i := 0; i < len(s); i++ {
			r, size := decodeRune(s, i)
			wr, wsize := utf8.DecodeRuneInString(s[i:])
			if r != wr || size != wsize {
				t.Errorf("decodeRune(%q, %d) = %U, %d; want %U, %d", s, i, r, size, wr, wsize)
			}
		}
	}
}
