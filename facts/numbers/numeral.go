package numbers

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/cnum"
)

// numeral is a number read from text, before any unit: 1,234 / 1.5万 /
// 一万二千 / 三四十 / 十几.
type numeral struct {
	value float64
	// end is the byte offset just after the numeral and its multiplier.
	end int
	// vague names the approximation written inside the numeral itself:
	// "range" for 三四十 or 七八, "几" for 十几 or 几十, "数" for 数百,
	// "上" for 上百, "成" for 成千; "" for an exact numeral.
	vague string
	// chinese is set when the numeral uses Chinese digits or units.
	chinese bool
	// digits counts the Arabic digits before any decimal point, so that
	// 2024年 (a year) can be told from 24年 (a duration).
	digits int
}

// readNumeral reads the numeral starting at byte i of s.
//
// When it fails, the numeral's end is where an unreadable run of digits
// starting at i ends (callers skip it whole), and 0 otherwise.
func readNumeral(s string, i int) (numeral, bool) {
	// Scanners try every character of a paragraph; most cannot start a
	// numeral, and one bit lookup turns them away before any parsing.
	if r, _ := utf8.DecodeRuneInString(s[i:]); !numeralStarts.has(r) {
		return numeral{}, false
	}
	n, ok := readArabic(s, i)
	if ok {
		return n, true
	}
	if n.end > i {
		return n, false // a run of digits too long to be a number: see readArabic
	}
	return readChinese(s, i)
}

// numeralStarts are the characters readArabic or readChinese accepts first:
// digits, the vague leads of numeralVagueLead and the characters
// isChineseNumeralStart accepts (which include chineseDigitValue's).
var numeralStarts = newRuneSet("0123456789０１２３４５６７８９", "几数上成", chineseNumeralStarts)

// readArabic reads ASCII or full-width digits with optional thousands
// separators (1,234) and a decimal part (1.5), then a Chinese multiplier
// (3万, 1.5亿, 2千万).
func readArabic(s string, i int) (numeral, bool) {
	// b collects the digits in ASCII; a stack buffer keeps the common
	// short numeral from allocating.
	var buf [32]byte
	b := buf[:0]
	j, digits := i, 0
	for j < len(s) {
		if d, size := numeralArabicDigit(s[j:]); size > 0 {
			b = append(b, d)
			j += size
			digits++
			continue
		}
		// An ASCII comma is a thousands separator only when exactly three
		// digits follow (1,234); in 30,入选 it is a clause break. The
		// full-width ， never is.
		if s[j] == ',' && digits > 0 {
			if k, ok := numeralThreeDigits(s, j+1); ok {
				for p := j + 1; p < k; {
					d, size := numeralArabicDigit(s[p:])
					b = append(b, d)
					p += size
				}
				digits += 3
				j = k
				continue
			}
		}
		break
	}
	if digits == 0 {
		return numeral{}, false
	}
	intDigits := digits
	// Decimal part: 1.5 or 1．5, only when a digit follows the point.
	for _, dot := range []string{".", "．"} {
		if !strings.HasPrefix(s[j:], dot) {
			continue
		}
		if _, size := numeralArabicDigit(s[j+len(dot):]); size > 0 {
			b = append(b, '.')
			j += len(dot)
			for j < len(s) {
				d, size := numeralArabicDigit(s[j:])
				if size == 0 {
					break
				}
				b = append(b, d)
				j += size
			}
		}
		break
	}
	v, ok := numeralDigitsValue(s[i:j], b)
	if !ok {
		// Hundreds of digits in a row (a pasted serial, a corrupted cell)
		// overflow a float64. No suffix of the run is a number either, and
		// the scanners that step on after a failed numeral must skip the
		// whole run rather than retry at each digit, which made a line of
		// 200,000 digits take minutes: end says where the run ends.
		return numeral{end: j}, false
	}
	m, mlen := numeralMultiplierPrefix(s[j:])
	return numeral{value: v * m, end: j + mlen, digits: intDigits}, true
}

// numeralDigitsValue is the value of the ASCII digits b (with at most one
// decimal point) that text, the numeral as written, spells. Counts are
// short integers, which are summed up directly: an integer of up to 15
// digits is exact in a float64, so this agrees with strconv.ParseFloat,
// which reads the rest.
func numeralDigitsValue(text string, b []byte) (float64, bool) {
	if len(b) <= 15 {
		n := 0
		for _, c := range b {
			if c < '0' || c > '9' {
				n = -1
				break
			}
			n = n*10 + int(c-'0')
		}
		if n >= 0 {
			return float64(n), true
		}
	}
	// Numerals written in plain ASCII digits are parsed in place, without
	// the copy; b is needed only for full-width digits and separators.
	if len(text) != len(b) {
		text = string(b)
	}
	v, err := strconv.ParseFloat(text, 64)
	return v, err == nil
}

// numeralThreeDigits reports whether exactly three Arabic digits start at i, and
// where they end.
func numeralThreeDigits(s string, i int) (int, bool) {
	j := i
	for n := 0; n < 3; n++ {
		_, size := numeralArabicDigit(s[j:])
		if size == 0 {
			return 0, false
		}
		j += size
	}
	if _, size := numeralArabicDigit(s[j:]); size > 0 {
		return 0, false
	}
	return j, true
}

// numeralArabicDigit returns the ASCII digit at the start of s (full-width digits
// are mapped to ASCII) and the bytes it takes.
func numeralArabicDigit(s string) (byte, int) {
	if s == "" {
		return 0, 0
	}
	if s[0] >= '0' && s[0] <= '9' {
		return s[0], 1
	}
	r, size := utf8.DecodeRuneInString(s)
	if r >= '０' && r <= '９' {
		return byte('0' + r - '０'), size
	}
	return 0, 0
}

// numeralMultipliers may follow an Arabic numeral: 3万, 1.5亿, 2千万. Longest first.
var numeralMultipliers = []struct {
	text   string
	factor float64
}{
	{"千万", 1e7}, {"百万", 1e6}, {"十万", 1e5}, {"万亿", 1e12}, {"亿", 1e8}, {"万", 1e4}, {"千", 1e3}, {"百", 100},
}

func numeralMultiplierPrefix(s string) (float64, int) {
	for _, m := range numeralMultipliers {
		if strings.HasPrefix(s, m.text) {
			return m.factor, len(m.text)
		}
	}
	return 1, 0
}

// numeralVagueLead returns the character r as a vague lead, one that
// stands for an unknown count of a power of ten (几十, 数百, 上千, 成千), or "".
// readChinese asks it first for every Chinese numeral: a switch, not a map.
func numeralVagueLead(r rune) string {
	switch r {
	case '几':
		return "几"
	case '数':
		return "数"
	case '上':
		return "上"
	case '成':
		return "成"
	}
	return ""
}

// numeralMagnitudes are the powers of ten a vague lead or a digit range may take.
var numeralMagnitudes = map[rune]float64{'十': 10, '百': 100, '千': 1000, '万': 1e4, '亿': 1e8}

// readChinese reads a numeral in Chinese digits, including the vague
// forms 三四十 (a range), 十几, 几十, 数百 and 上百.
func readChinese(s string, i int) (numeral, bool) {
	r, size := utf8.DecodeRuneInString(s[i:])
	// 几十, 数百, 上千: a vague lead then a magnitude.
	if lead := numeralVagueLead(r); lead != "" {
		m, msize := utf8.DecodeRuneInString(s[i+size:])
		if f, ok := numeralMagnitudes[m]; ok {
			end := i + size + msize
			f2, m2 := numeralMagnitudeTail(s, end)
			return numeral{value: f * f2, end: end + m2, vague: lead, chinese: true}, true
		}
		return numeral{}, false
	}
	// 三四十, 七八个, 一两天: two consecutive digits give a range.
	if a, ok := chineseDigitValue(r); ok {
		r2, size2 := utf8.DecodeRuneInString(s[i+size:])
		if b, ok := chineseDigitValue(r2); ok && (b == a+1 || (a == 1 && r2 == '两')) {
			end := i + size + size2
			f := 1.0
			if m, msize := utf8.DecodeRuneInString(s[end:]); numeralMagnitudes[m] > 0 {
				f = numeralMagnitudes[m]
				end += msize
			}
			return numeral{value: float64(a) * f, end: end, vague: "range", chinese: true}, true
		}
	}
	if !isChineseNumeralStart(r) {
		return numeral{}, false
	}
	v, n, ok := cnum.Prefix(s[i:])
	if !ok {
		return numeral{}, false
	}
	out := numeral{value: float64(v), end: i + n, chinese: true}
	// 十几, 二十几, 一百几十: a trailing 几 makes it approximate.
	if strings.HasPrefix(s[out.end:], "几") {
		out.end += len("几")
		out.vague = "几"
		if m, msize := utf8.DecodeRuneInString(s[out.end:]); numeralMagnitudes[m] > 0 {
			out.end += msize
		}
	}
	return out, true
}

// numeralMagnitudeTail reads a second magnitude after the first one
// (几十万, 数百万), returning its factor or 1.
func numeralMagnitudeTail(s string, i int) (float64, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == '万' || r == '亿' {
		return numeralMagnitudes[r], size
	}
	return 1, 0
}

// chineseDigitValue maps the Chinese digits 一…九 and 两 to their value.
// It is asked at every numeral start, so it is a switch rather than a
// search of a string of digits.
func chineseDigitValue(r rune) (int, bool) {
	switch r {
	case '一':
		return 1, true
	case '二', '两':
		return 2, true
	case '三':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	}
	return 0, false
}

// isChineseNumeralStart reports whether a counted Chinese numeral may start
// with r. Financial digits (壹贰) are accepted because amounts are written
// with them; 零 and 〇 are not, since no count starts with a zero (零星,
// 零件), and neither are bare 百/千 (百姓, 千家万户).
func isChineseNumeralStart(r rune) bool {
	return chineseNumeralStartSet.has(r)
}

var chineseNumeralStartSet = newRuneSet(chineseNumeralStarts)

// chineseNumeralStarts are the characters isChineseNumeralStart accepts.
const chineseNumeralStarts = "一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾廿"
