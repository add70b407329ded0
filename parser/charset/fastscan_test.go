package charset

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// TestValidUTF8AgreesWithStandard tries every three-byte sequence with a
// lead byte of a three-byte character, at every alignment, and random
// byte strings biased towards UTF-8.
func TestValidUTF8AgreesWithStandard(t *testing.T) {
	for c0 := 0xC0; c0 <= 0xFF; c0++ {
		for c1 := 0; c1 < 256; c1++ {
			for _, c2 := range []byte{0x00, 0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE4} {
				for _, data := range [][]byte{{byte(c0), byte(c1), c2}, {'a', byte(c0), byte(c1), c2}, {byte(c0), byte(c1)}} {
					if got, want := ValidUTF8(data), utf8.Valid(data); got != want {
						t.Fatalf("ValidUTF8(% x) = %v, want %v", data, got, want)
					}
				}
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"工", "会", "。", "a", "𠀋", "\xe4", "\xb8", "\xed\xa0\x80", "\xef\xbf\xbd", "\xe0\x80\x80", "é", "\xff"}
	for range 20000 {
		var b []byte
		for range rng.Intn(8) {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		if got, want := ValidUTF8(b), utf8.Valid(b); got != want {
			t.Fatalf("ValidUTF8(% x) = %v, want %v", b, got, want)
		}
	}
}

// TestHasStrayControlAtEveryPosition puts every byte value at every
// position of a text 20 bytes long (so inside and after the words tested
// eight bytes at a time).
func TestHasStrayControlAtEveryPosition(t *testing.T) {
	base := []byte("县总工会工作总结 ab")[:20]
	for c := 0; c < 256; c++ {
		for pos := range base {
			b := append([]byte(nil), base...)
			b[pos] = byte(c)
			want := false
			for _, x := range b {
				want = want || isStrayControl(rune(x))
			}
			if got := hasStrayControl(string(b)); got != want {
				t.Fatalf("hasStrayControl(% x) = %v, want %v", b, got, want)
			}
		}
	}
}
