package parser

import (
	"testing"
	"unicode"
)

// The character classes take shortcuts for Han text; they must answer
// exactly as the Unicode tables they stand for, on every rune.
func TestCharacterClassShortcuts(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r) || r == '\u3000' || r == '\ufeff'; got != want {
			t.Fatalf("isSpace(%U) = %v, want %v", r, got, want)
		}
		if got, want := isHan(r), unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("isHan(%U) = %v, want %v", r, got, want)
		}
	}
	for _, r := range "中国工会" {
		if startsClause(r) {
			t.Errorf("startsClause(%q) = true", r)
		}
	}
	for _, r := range "。，、：（“ \u3000" {
		if !startsClause(r) {
			t.Errorf("startsClause(%q) = false", r)
		}
	}
}
