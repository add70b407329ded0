package numbers

import (
	"slices"
	"strings"
	"testing"
)

func TestWordIndexAgreesWithListLoop(t *testing.T) {
	words := []string{"个百分点", "个方面", "个", "方面", "%", "以上", "上", "人次", "人", "𠀋字"}
	idx := newWordIndex(words)
	for _, s := range []string{
		"", "个方面的工作", "个百分点", "个", "方面", "％", "%以上", "以上", "上百人", "人次", "人",
		"𠀋字号", "职工", "\xe4\xb8", "工作的三个方面", "增长了两个百分点", "千人次", "三人",
		"\xe4人", "工作\xff%", "发展𠀋字",
	} {
		if got, want := idx.prefixWord(s), numberPrefixOf(s, words); got != want {
			t.Errorf("prefixWord(%q) = %q, the list gives %q", s, got, want)
		}
		var want []int
		for i, w := range words {
			if strings.HasSuffix(s, w) {
				want = append(want, i)
			}
		}
		if got := slices.Collect(idx.suffixesOf(s)); !slices.Equal(got, want) {
			t.Errorf("suffixesOf(%q) = %v, the list gives %v", s, got, want)
		}
		if got := idx.hasSuffixWord(s); got != (len(want) > 0) {
			t.Errorf("hasSuffixWord(%q) = %v", s, got)
		}
		if got, want := idx.containedIn("前"+s), numbersContainsAny("前"+s, words); got != want {
			t.Errorf("containedIn(%q) = %v, the list gives %v", "前"+s, got, want)
		}
	}
}
