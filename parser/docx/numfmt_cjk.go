package docx

import (
	"strconv"
	"strings"
)

// cjkNumerals describes one ideographic counting system: digits, the units
// inside a group of four digits (十百千) and the group units (万亿).
type cjkNumerals struct {
	digits  [10]string // digits[0] is the zero written inside a number (零)
	units   [4]string  // "", 十, 百, 千
	myriads [3]string  // "", 万, 亿
	// bareTen writes 10–19 as 十, 十一 rather than 一十, 一十一.
	bareTen bool
	// japanese omits 一 before 十百千 and never writes a zero.
	japanese bool
}

var (
	chineseNumerals = cjkNumerals{
		digits:  [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
		units:   [4]string{"", "十", "百", "千"},
		myriads: [3]string{"", "万", "亿"},
		bareTen: true,
	}
	taiwaneseNumerals = cjkNumerals{
		digits:  chineseNumerals.digits,
		units:   chineseNumerals.units,
		myriads: [3]string{"", "萬", "億"},
		bareTen: true,
	}
	japaneseNumerals = cjkNumerals{
		digits:   chineseNumerals.digits,
		units:    chineseNumerals.units,
		myriads:  [3]string{"", "万", "億"},
		japanese: true,
	}
	// Legal (financial) numerals always write the 壹 of 壹拾: that is their
	// purpose, to make amounts hard to alter.
	legalSimplifiedNumerals = cjkNumerals{
		digits:  [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"},
		units:   [4]string{"", "拾", "佰", "仟"},
		myriads: [3]string{"", "万", "亿"},
	}
	legalTraditionalNumerals = cjkNumerals{
		digits:  [10]string{"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"},
		units:   [4]string{"", "拾", "佰", "仟"},
		myriads: [3]string{"", "萬", "億"},
	}
)

// cjkFormats maps the East Asian w:numFmt values to their renderers.
//
// Word's counting formats differ in how they reach past 99: the plain
// "counting" ones switch to digit-by-digit ideographs (一〇〇), the
// "thousand" ones keep the positional system (一百); the "digital" ones are
// digit-by-digit from 10 on (一〇). See [MS-DOCX] 2.4 numFmt Extensions.
var cjkFormats = map[string]func(int) string{
	"chineseCounting":            countingThenDigits(chineseNumerals),
	"taiwaneseCounting":          countingThenDigits(taiwaneseNumerals),
	"chineseCountingThousand":    chineseNumerals.format,
	"taiwaneseCountingThousand":  taiwaneseNumerals.format,
	"japaneseCounting":           japaneseNumerals.format,
	"chineseLegalSimplified":     legalSimplifiedNumerals.format,
	"ideographLegalTraditional":  legalTraditionalNumerals.format,
	"ideographDigital":           ideographDigits,
	"taiwaneseDigital":           ideographDigits,
	"japaneseDigitalTenThousand": ideographDigits,
	"ideographTraditional":       cycle("甲乙丙丁戊己庚辛壬癸"),
	"ideographZodiac":            cycle("子丑寅卯辰巳午未申酉戌亥"),
	"ideographEnclosedCircle":    func(n int) string { return enclosed(n, '㈠', 10) },
}

// maxCJK is where the positional renderers stop (10¹²): counters never get
// there in a real document, and three group units suffice below it.
const maxCJK = 1_000_000_000_000

var pow10 = [4]int{1, 10, 100, 1000}

// format renders n positionally: 一百零五, 一万零五十, 壹拾贰.
func (c cjkNumerals) format(n int) string {
	if n == 0 {
		return "〇"
	}
	if n < 0 || n >= maxCJK {
		return strconv.Itoa(n)
	}
	var groups []int // four-digit groups, lowest first
	for m := n; m > 0; m /= 10000 {
		groups = append(groups, m%10000)
	}
	var b strings.Builder
	zeroPending := false
	for gi := len(groups) - 1; gi >= 0; gi-- {
		g := groups[gi]
		if g == 0 {
			zeroPending = zeroPending || b.Len() > 0
			continue
		}
		if b.Len() > 0 && g < 1000 {
			zeroPending = true
		}
		c.writeGroup(&b, g, &zeroPending)
		b.WriteString(c.myriads[gi])
	}
	return b.String()
}

// writeGroup writes one group of up to four digits. zeroPending carries a
// skipped zero to the next written digit, which then gets a 零 before it.
func (c cjkNumerals) writeGroup(b *strings.Builder, g int, zeroPending *bool) {
	for pos := 3; pos >= 0; pos-- {
		d := g / pow10[pos] % 10
		if d == 0 {
			*zeroPending = *zeroPending || b.Len() > 0
			continue
		}
		if *zeroPending && !c.japanese {
			b.WriteString(c.digits[0])
		}
		*zeroPending = false
		silentOne := d == 1 && pos > 0 && (c.japanese || (c.bareTen && pos == 1 && b.Len() == 0))
		if !silentOne {
			b.WriteString(c.digits[d])
		}
		b.WriteString(c.units[pos])
	}
}

func countingThenDigits(c cjkNumerals) func(int) string {
	return func(n int) string {
		if n >= 100 {
			return ideographDigits(n)
		}
		return c.format(n)
	}
}

var ideographDigitRunes = []rune("〇一二三四五六七八九")

// ideographDigits writes each decimal digit as an ideograph: 10 → 一〇.
func ideographDigits(n int) string {
	if n < 0 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, r := range strconv.Itoa(n) {
		b.WriteRune(ideographDigitRunes[r-'0'])
	}
	return b.String()
}

// cycle renders with a fixed series (天干 甲乙丙…, 地支 子丑寅…) that starts
// over after its last sign.
func cycle(series string) func(int) string {
	signs := []rune(series)
	return func(n int) string {
		if n < 1 {
			return strconv.Itoa(n)
		}
		return string(signs[(n-1)%len(signs)])
	}
}
