package docx

import (
	"strconv"
	"strings"
)

// formatCounter renders a list counter in a w:numFmt. Formats the reader
// does not know fall back to decimal, which is also what Word does for
// formats it cannot render in the current language.
func formatCounter(f numFormat, n int) string {
	if render, ok := cjkFormats[f.kind]; ok {
		return render(n)
	}
	switch f.kind {
	case "none", "bullet":
		return ""
	case "decimalZero":
		return zeroPad(n, max(f.width, 2))
	case "upperRoman":
		return roman(n, true)
	case "lowerRoman":
		return roman(n, false)
	case "upperLetter":
		return letters(n, 'A')
	case "lowerLetter":
		return letters(n, 'a')
	case "ordinal":
		return ordinal(n)
	case "hex":
		return strings.ToUpper(strconv.FormatInt(int64(n), 16))
	case "decimalFullWidth", "decimalFullWidth2":
		return mapDigits(strconv.Itoa(n), '０')
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		return enclosed(n, '①', 20)
	case "decimalEnclosedFullstop":
		return enclosed(n, '⒈', 20)
	case "decimalEnclosedParen":
		return enclosed(n, '⑴', 20)
	}
	return strconv.Itoa(n)
}

func zeroPad(n, width int) string {
	s := strconv.Itoa(n)
	if n < 0 || len(s) >= width {
		return s
	}
	return strings.Repeat("0", width-len(s)) + s
}

// roman renders 1–3999; other values have no Roman form and stay decimal.
func roman(n int, upper bool) string {
	if n < 1 || n > 3999 {
		return strconv.Itoa(n)
	}
	values := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	symbols := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(symbols[i])
			n -= v
		}
	}
	if upper {
		return b.String()
	}
	return strings.ToLower(b.String())
}

// maxLetterRepeat caps Word's repeated-letter labels (27 → AA, 53 → AAA) so
// that a huge counter cannot produce a huge label.
const maxLetterRepeat = 30

// letters renders Word's letter numbering: A–Z, then AA, BB, … ZZ, AAA.
func letters(n int, first rune) string {
	if n < 1 || n > 26*maxLetterRepeat {
		return strconv.Itoa(n)
	}
	letter := first + rune((n-1)%26)
	return strings.Repeat(string(letter), (n-1)/26+1)
}

func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// mapDigits replaces ASCII digits with the digit run starting at zero
// (fullwidth ０–９).
func mapDigits(decimal string, zero rune) string {
	var b strings.Builder
	for _, r := range decimal {
		if r >= '0' && r <= '9' {
			r = zero + (r - '0')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// enclosed renders 1–limit with a run of enclosed characters (①…⑳); Word
// continues with plain decimals past the run.
func enclosed(n int, one rune, limit int) string {
	if n < 1 || n > limit {
		return strconv.Itoa(n)
	}
	return string(one + rune(n-1))
}
