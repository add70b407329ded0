package lint

import (
	"reflect"
	"testing"
)

func TestRequiredClass(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []rune
	}{
		{`[\x{E000}-\x{F8FF}\x{F0000}-\x{FFFFD}]+`, []rune{0xE000, 0xF8FF, 0xF0000, 0xFFFFD}},
		{`[a-c]{2,}x?`, []rune{'a', 'c'}},
		{`x?[0-9]`, []rune{'0', '9'}},
		{`[a-c]*`, nil},
		{`[a-c]{0,3}`, nil},
		{`ab|[0-9]`, nil},
	} {
		if got := requiredClass(mustParse(t, tc.expr).Simplify()); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("requiredClass(%q) = %x, want %x", tc.expr, got, tc.want)
		}
	}
}

// TestClassGatedEntryRunsWhereItsCharactersAre: an entry with no literal
// to look for runs on a paragraph only when one of its characters (or a
// byte that is not UTF-8, which the regexp package reads as U+FFFD) is
// there.
func TestClassGatedEntryRunsWhereItsCharactersAre(t *testing.T) {
	lists, err := compilePatterns(map[string]any{"patterns": map[string]any{"p": []any{
		map[string]any{"regex": `[\x{E000}-\x{F8FF}\x{F0000}-\x{FFFFD}]+`, "on": "original"},
		map[string]any{"regex": `[\x{FF00}-\x{FFFF}]`},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	if lists[0].entries[0].class == nil || !lists[0].entries[0].gated() {
		t.Fatal("the private-use entry is not gated by its class")
	}
	sc := newScanner(newPatternSet(lists))
	for _, tc := range []struct {
		text string
		want []textMatch
	}{
		{"职工之家", nil},
		{"职工\ue000\ue001之家", []textMatch{{0, 6, 12}}},
		{"职工\U000F0001之家", []textMatch{{0, 6, 10}}},
		{"职工\xff之家", []textMatch{{1, 6, 7}}},
	} {
		got := sc.scan(tc.text, tc.text, "")[0]
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}
