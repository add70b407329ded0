package parser

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

func TestRunesAtMostAgreesWithRuneCount(t *testing.T) {
	for _, s := range []string{"", "a", "工会", "工会工作总结", "ab工会𠀋", "\xff\xfe工", strings.Repeat("职工", 30)} {
		for n := 0; n <= 62; n++ {
			if got, want := runesAtMost(s, n), utf8.RuneCountInString(s) <= n; got != want {
				t.Errorf("runesAtMost(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
