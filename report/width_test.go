package report

import "testing"

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
