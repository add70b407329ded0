package numbers

import "testing"

func TestRuneSet(t *testing.T) {
	set := newRuneSet("一二", "%")
	set.add('𠀋') // outside the BMP: ignored, never a false member
	for _, tc := range []struct {
		r    rune
		want bool
	}{
		{'一', true}, {'二', true}, {'%', true},
		{'三', false}, {'a', false}, {'𠀋', false}, {-1, false}, {0x10FFFF, false},
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
