package report

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestRuneWidth(t *testing.T) {
	cases := []struct {
		r    rune
		want int
		why  string
	}{
		{'a', 1, "ASCII"},
		{'工', 2, "Han"},
		{'，', 2, "full-width comma"},
		{'（', 2, "full-width parenthesis"},
		{'Ａ', 2, "full-width Latin"},
		{'𠀋', 2, "CJK extension B, astral"},
		{'ｱ', 1, "half-width katakana"},
		{'\u0301', 0, "combining acute accent"},
		{'“', 1, "ambiguous quotation mark counts as narrow"},
	}
	for _, c := range cases {
		if got := runeWidth(c.r); got != c.want {
			t.Errorf("runeWidth(%q) = %d, want %d (%s)", c.r, got, c.want, c.why)
		}
	}
}

func TestLineGlyphs(t *testing.T) {
	glyphs := lineGlyphs("a\t工\u200b\x1b")
	want := []glyph{{"a", 1}, {"   ", 3}, {"工", 2}, {"<U+200B>", 8}, {"<U+001B>", 8}}
	if len(glyphs) != len(want) {
		t.Fatalf("got %d glyphs, want one per rune (%d)", len(glyphs), len(want))
	}
	for i := range want {
		if glyphs[i] != want[i] {
			t.Errorf("glyph %d = %+v, want %+v", i, glyphs[i], want[i])
		}
	}
}

// TestInvisibleFastRanges checks the ranges isInvisible and visible skip
// without a table lookup against their full definitions, rune by rune.
func TestInvisibleFastRanges(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		slow := r != '\t' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar)
		if got := isInvisible(r); got != slow {
			t.Errorf("isInvisible(%U) = %v, want %v", r, got, slow)
		}
		if r >= utf8.RuneSelf {
			want := !unicode.Is(unicode.Cf, r) && r != '\u2028' && r != '\u2029'
			if got := visible(r); got != want {
				t.Errorf("visible(%U) = %v, want %v", r, got, want)
			}
		}
	}
}
