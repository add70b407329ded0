package numbers

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRuneSet(t *testing.T) {
	set := newRuneSet("一二", "%")
	set.add('𠀋') // outside the BMP: held apart from the bitmap
	set.add(-1)  // not a character: ignored
	for _, tc := range []struct {
		r    rune
		want bool
	}{
		{'一', true}, {'二', true}, {'%', true}, {'𠀋', true},
		{'三', false}, {'a', false}, {'𠀌', false}, {-1, false}, {0x10FFFF, false},
		// 一 is U+4E00: its neighbours share the bitmap word.
		{'\u4DFF', false}, {'\u4E01', false},
	} {
		if got := set.has(tc.r); got != tc.want {
			t.Errorf("has(%q) = %v, want %v", tc.r, got, tc.want)
		}
	}
}

// TestNumberStartSets checks that the sets the scanners skip by agree with
// the readers: a character outside numeralStarts never starts a numeral,
// and numeralStarts lies inside numberStartSet, which paragraphNumbers
// relies on when it steps over characters.
func TestNumberStartSets(t *testing.T) {
	for r := rune(0); r < runeSetLimit; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // surrogates are not characters
		}
		s := string(r) + "十百千万个人"
		// readArabic and readChinese, not readNumeral, which filters by
		// numeralStarts itself.
		_, arabic := readArabic(s, 0)
		_, chinese := readChinese(s, 0)
		if (arabic || chinese) && !numeralStarts.has(r) {
			t.Errorf("%q starts a numeral but is not in numeralStarts", r)
		}
		if numeralStarts.has(r) && !numberStartSet.has(r) {
			t.Errorf("%q is in numeralStarts but not in numberStartSet", r)
		}
		if countNumeralStarts.has(r) && !numeralStarts.has(r) {
			t.Errorf("%q is in countNumeralStarts but not in numeralStarts", r)
		}
	}
}

// TestRuneSetNext checks next against a scan that decodes every
// character: from every offset such a scan visits, next must return the
// first member the scan meets, as the scan decodes it.
func TestRuneSetNext(t *testing.T) {
	sets := map[string]*runeSet{
		"numbers":     numberStartSet,
		"quotes":      numberQuoteMarks,
		"ascii":       newRuneSet("%*"),
		"replacement": newRuneSet("一\uFFFD"),
		"astral":      newRuneSet("一𠀋"),
		"low":         newRuneSet("\u0800\u07FF©"), // the smallest three-byte and the largest two-byte characters
	}
	pieces := []string{
		"一", "二", "三", "十", "%", "a", "“", "”", "《", "，", "。", "𠀋", "𠀌", "©", "\u0800", "\u07FF", "\uFFFD",
		"\xe4", "\xe4\xb8", "\xb8", "\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xef\xbf", "\xf0\x9f", "\xff",
		"\xe4\x38\x80", "\xe4\xb8\x30",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	texts := []string{"", "一", "\xe4\xb8", numbersBenchSection}
	for range 3000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, sb.String())
	}
	for name, set := range sets {
		for _, text := range texts {
			for i := 0; i <= len(text); {
				wantAt, wantR, wantSize := len(text), utf8.RuneError, 0
				for j := i; j < len(text); {
					r, size := utf8.DecodeRuneInString(text[j:])
					if set.has(r) {
						wantAt, wantR, wantSize = j, r, size
						break
					}
					j += size
				}
				if at, r, size := set.next(text, i); at != wantAt || r != wantR || size != wantSize {
					t.Fatalf("%s: next(%q, %d) = %d, %q, %d; the scan meets %d, %q, %d", name, text, i, at, r, size, wantAt, wantR, wantSize)
				}
				if i == len(text) {
					break
				}
				_, size := utf8.DecodeRuneInString(text[i:])
				i += size
			}
		}
	}
}
