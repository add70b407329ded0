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

// TestHanRunEndAndIsThreeByte check the inline steps against the
// standard decoder: hanRunEnd stops at the first character that is not
// a CJK Unified Ideograph; isThreeByte holds only where the decoder reads
// a three-byte character, and wherever it does but after E0 and ED (whose
// second byte is restricted, left to the decoder).
func TestHanRunEndAndIsThreeByte(t *testing.T) {
	buf := []byte{0, 0, 0}
	for c0 := 0xE0; c0 <= 0xEF; c0++ {
		for c1 := 0; c1 < 256; c1++ {
			for _, c2 := range []int{0x00, 0x7F, 0x80, 0xBF, 0xC0} {
				buf[0], buf[1], buf[2] = byte(c0), byte(c1), byte(c2)
				s := string(buf)
				r, size := utf8.DecodeRuneInString(s)
				if got, want := isThreeByte(s, 0), size == 3 && c0 != 0xE0 && c0 != 0xED; got != want {
					t.Fatalf("isThreeByte(% x) = %v, decoder reads %U, %d", buf, got, r, size)
				}
				wantEnd := 0
				if size == 3 && r >= 0x4E00 && r <= 0x9FFF {
					wantEnd = 3
				}
				if got := hanRunEnd(s, 0); got != wantEnd {
					t.Fatalf("hanRunEnd(% x) = %d, want %d (%U)", buf, got, wantEnd, r)
				}
			}
		}
	}
	for _, tc := range []struct {
		s        string
		from, to int
	}{
		{"工会工作。", 0, 12}, {"一丁龥鿿", 0, 12}, {"〇一", 0, 0}, {"a工会", 1, 7}, {"工会\xe4\xb8", 0, 6}, {"", 0, 0},
	} {
		if got := hanRunEnd(tc.s, tc.from); got != tc.to {
			t.Errorf("hanRunEnd(%q, %d) = %d, want %d", tc.s, tc.from, got, tc.to)
		}
	}
}
