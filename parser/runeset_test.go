package parser

import (
	"strings"
	"testing"
)

func TestRuneSetAgreesWithContainsRune(t *testing.T) {
	chars := "一二三第（(、0９𠀋" + string(rune(0xFFFF))
	s := newRuneSet(chars)
	for _, r := range []rune{0, -1, 'a', '0', '9', '一', '四', '第', '（', '）', '(', '、', '９', '𠀋', '𠀌', 0xFFFF, 0x10000, 0x10FFFF} {
		if got, want := s.has(r), strings.ContainsRune(chars, r); got != want {
			t.Errorf("has(%U) = %v, want %v", r, got, want)
		}
	}
}
