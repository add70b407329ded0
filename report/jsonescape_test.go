package report

import (
	"strings"
	"testing"
	"unicode"
)

// TestVisibleAgreesWithTheTable checks the range shortcut of visible
// against the Unicode table for every rune.
func TestVisibleAgreesWithTheTable(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		want := !unicode.Is(unicode.Cf, r) && r != '\u2028' && r != '\u2029'
		if got := visible(r); got != want {
			t.Fatalf("visible(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestEscapeInvisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"t":"plain"}`, `{"t":"plain"}`},
		{`{"t":"县总工会"}`, `{"t":"县总工会"}`},
		{"{\"t\":\"工\u200b会\"}", `{"t":"工\u200b会"}`},
		{"{\"t\":\"\ufeff标题\u2028\"}", `{"t":"\ufeff标题\u2028"}`},
		{"{\"t\":\"a\u00adb𠀋\"}", `{"t":"a\u00adb𠀋"}`},
	}
	for _, tt := range tests {
		if got := string(escapeInvisible([]byte(tt.in))); got != tt.want {
			t.Errorf("escapeInvisible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	plain := []byte(strings.Repeat("工会", 100))
	if got := escapeInvisible(plain); &got[0] != &plain[0] {
		t.Error("text without invisible characters was copied")
	}
}
