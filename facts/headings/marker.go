package headings

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// headingChineseDigits are the characters a Chinese heading numeral is
// written with (financial forms included), so that the numeral inside a
// marker such as （十二） or 第三章 can be found and replaced.
const headingChineseDigits = "一二三四五六七八九十廿卅壹贰貳叁參肆伍陆陸柒捌玖拾"

// headingEnclosedRanges are the runs of enclosed-number characters, each
// starting at 1: ① ❶ ➀ ➊ ⑴ ⒈.
var headingEnclosedRanges = []struct {
	first rune
	size  int
}{
	{'①', 20}, {'❶', 10}, {'➀', 10}, {'➊', 10}, {'⑴', 20}, {'⒈', 20},
}

// headingMarkerWithOrdinal writes ordinal n in the form of template, a
// heading marker with a numeral: （二） and 3 give （三）, 2. and 10 give 10.,
// ⑵ and 4 give ⑷. It returns "" when the template has no numeral or n
// cannot be written in its form.
func headingMarkerWithOrdinal(template string, n int) string {
	if template == "" || n < 1 {
		return ""
	}
	if start, end := headingRunOf(template, func(r rune) bool { return strings.ContainsRune(headingChineseDigits, r) }); start < end {
		numeral := headingChineseNumeral(n)
		if numeral == "" {
			return ""
		}
		return template[:start] + numeral + template[end:]
	}
	if start, end := headingRunOf(template, headingIsDigit); start < end {
		digits := strconv.Itoa(n)
		if r, _ := utf8.DecodeRuneInString(template[start:]); r >= '０' && r <= '９' {
			digits = headingFullWidthDigits(digits)
		}
		return template[:start] + digits + template[end:]
	}
	for i, r := range template {
		for _, rg := range headingEnclosedRanges {
			if r >= rg.first && r < rg.first+rune(rg.size) {
				if n > rg.size {
					return ""
				}
				return template[:i] + string(rg.first+rune(n-1)) + template[i+utf8.RuneLen(r):]
			}
		}
	}
	return ""
}

// headingRunOf finds the first run of runes satisfying in, as byte offsets;
// start == end when there is none.
func headingRunOf(s string, in func(rune) bool) (start, end int) {
	start = -1
	for i, r := range s {
		switch {
		case in(r) && start < 0:
			start = i
		case !in(r) && start >= 0:
			return start, i
		}
	}
	if start < 0 {
		return 0, 0
	}
	return start, len(s)
}

func headingIsDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

func headingFullWidthDigits(ascii string) string {
	var b strings.Builder
	for _, r := range ascii {
		b.WriteRune(r - '0' + '０')
	}
	return b.String()
}

// headingChineseNumeral writes 1 to 99 as a heading numeral (十, 十二,
// 二十, 二十一); "" outside that range, which headings never reach.
func headingChineseNumeral(n int) string {
	const digits = "〇一二三四五六七八九"
	digit := func(d int) string { return string([]rune(digits)[d]) }
	switch {
	case n < 1 || n > 99:
		return ""
	case n < 10:
		return digit(n)
	}
	tens, units := n/10, n%10
	s := "十"
	if tens > 1 {
		s = digit(tens) + s
	}
	if units > 0 {
		s += digit(units)
	}
	return s
}
