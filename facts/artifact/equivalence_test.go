package artifact

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// layoutSpaceRunsByRune is the straightforward scan layoutSpaceRuns
// replaces: decode every character and remember the last one before each
// run of spaces. The fast scan must agree with it on any input.
func layoutSpaceRunsByRune(text string) [][2]int {
	var runs [][2]int
	prev := rune(-1)
	for i := 0; i < len(text); {
		if text[i] != ' ' {
			r, size := utf8.DecodeRuneInString(text[i:])
			prev = r
			i += size
			continue
		}
		start := i
		for i < len(text) && text[i] == ' ' {
			i++
		}
		next, _ := utf8.DecodeRuneInString(text[i:])
		if i < len(text) && prev >= 0 && isCJK(prev) && isCJK(next) {
			runs = append(runs, [2]int{start, i})
		}
		prev = ' '
	}
	return runs
}

var equivalenceInputs = []string{
	"", " ", "中 文", " 中 文 ", "中  “文” ，  好", "中\xe4\xb8 文", "\xe4\xb8\xad 中",
	"a b 中 c 中", "中 \xff 文", "工作 总结 范文  篇一", "中文ÀÉÎ 中 文",
}

func TestLayoutSpaceRunsMatchesRuneScan(t *testing.T) {
	for _, text := range equivalenceInputs {
		if got, want := layoutSpaceRuns(text), layoutSpaceRunsByRune(text); !reflect.DeepEqual(got, want) {
			t.Errorf("layoutSpaceRuns(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzLayoutSpaceRunsMatchesRuneScan(f *testing.F) {
	for _, text := range equivalenceInputs {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := layoutSpaceRuns(text), layoutSpaceRunsByRune(text); !reflect.DeepEqual(got, want) {
			t.Errorf("layoutSpaceRuns(%q) = %v, want %v", text, got, want)
		}
	})
}

// duplicateNormalFormByRune is the rune-by-rune form of
// duplicateNormalForm, which copies runs instead.
func duplicateNormalFormByRune(text string) string {
	var b strings.Builder
	for _, r := range text {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF, r >= '0' && r <= '9', r >= 'a' && r <= 'z':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r < utf8.RuneSelf:
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func FuzzDuplicateNormalFormMatchesRuneScan(f *testing.F) {
	for _, text := range append(equivalenceInputs, "Ａ工会ABC，１２３。ΣΑΣ", "會議 Hello, World!") {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := duplicateNormalForm(text), duplicateNormalFormByRune(text); got != want {
			t.Errorf("duplicateNormalForm(%q) = %q, want %q", text, got, want)
		}
	})
}
