package parser

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// TestCountColumnsAgreesWithDecoding compares the byte counts with a
// character-by-character count on random valid texts of every length up
// to 40 bytes, so that each kind of character falls at every position of
// the eight-byte words.
func TestCountColumnsAgreesWithDecoding(t *testing.T) {
	pieces := []string{"a", "\n", "\x7f", "é", "工", "，", "\u3000", "𠀋", "\U0010FFFD", "\uFFFD", "\x00"}
	rng := rand.New(rand.NewSource(2))
	for range 20000 {
		s := ""
		for n := rng.Intn(16); n > 0; n-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		wantRunes, wantUnits := 0, 0
		for _, r := range s {
			wantRunes++
			wantUnits += utf16Len(r)
		}
		if runes, units := countColumns(s); runes != wantRunes || units != wantUnits {
			t.Fatalf("countColumns(%q) = %d, %d; want %d, %d", s, runes, units, wantRunes, wantUnits)
		}
	}
	if !utf8.ValidString(pieces[len(pieces)-1]) {
		t.Fatal("pieces must be valid UTF-8")
	}
}
