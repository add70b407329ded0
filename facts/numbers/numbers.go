package numbers

import (
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

func init() { facts.Register("numbers", extractNumbers) }

// Number is a counted quantity written in the text: a numeral with its
// unit or measure word (120户, 1.5万元, 三百余人, 百分之九十五). Bare numerals
// without a unit (phone numbers, times) and date parts are left out; dates
// are in input.facts.dates.
type Number struct {
	// Text is the number as written, from the first approximation marker
	// to the end of the unit (约300余人, 1.5万元, 100%).
	Text string `json:"text"`
	// Start and End are byte offsets of Text in the document.
	Start int `json:"start"`
	End   int `json:"end"`
	// Paragraph is the index of the paragraph holding the number.
	Paragraph int `json:"paragraph"`
	// Value is the numeral as written with its multiplier (1.5万 → 15000,
	// 三百 → 300); for a range or vague numeral (三四十, 几十) it is the
	// lower bound.
	Value float64 `json:"value"`
	// Unit is the unit or measure word as written (万元, 人次, 个).
	Unit string `json:"unit"`
	// Base is the unit Normalized is expressed in (元 for 万元, 人 for 名):
	// two numbers compare only when their bases are equal.
	Base string `json:"base"`
	// Normalized is Value in the base unit (1.5万元 → 15000).
	Normalized float64 `json:"normalized"`
	// Approx lists the approximation markers around the number: 约 近 超过
	// before it, 余 多 来 between numeral and unit, 以上 左右 after it, and
	// "range", "几", "数", "上", "成" for vague numerals (三四十, 十几, 上百).
	// Empty for an exact number.
	Approx []string `json:"approx"`
	// Chinese is set when the numeral is written in Chinese digits.
	Chinese bool `json:"chinese"`
	// Quoted is set for a number inside quotation or book-title marks
	// (“三个代表”), which names something rather than counting it.
	Quoted bool `json:"quoted"`

	// paraStart and paraEnd are the offsets in the paragraph text, for
	// extractors that relate numbers to the words around them.
	paraStart, paraEnd int
}

func extractNumbers(doc *parser.Document, env *facts.Env) any {
	var out []Number
	for _, p := range doc.Paragraphs {
		out = appendParagraphNumbers(out, p, env.SimplifiedText(p))
	}
	return out
}

// paragraphNumbers finds the numbers of one paragraph; norm is its
// simplified text, used for reading (offsets equal those of p.Text).
func paragraphNumbers(p *parser.Paragraph, norm string) []Number {
	return appendParagraphNumbers(nil, p, norm)
}

// appendParagraphNumbers appends the numbers of one paragraph to out, so
// that extractNumbers builds one slice for the document instead of one
// per paragraph copied into it.
func appendParagraphNumbers(out []Number, p *parser.Paragraph, norm string) []Number {
	var (
		quoted [][2]int
		found  bool // quoted is computed
	)
	for i := 0; ; {
		// Most characters cannot start a number (nor a numeral, whose
		// starts are among numberStartSet): step over them at once.
		if i, _, _ = numberStartSet.next(norm, i); i >= len(norm) {
			break
		}
		n, next, ok := scanNumber(norm, i)
		if !ok {
			i = next
			continue
		}
		if !found {
			quoted, found = quotedRanges(norm), true // only paragraphs with a number need them
		}
		span := facts.Span(p, n.paraStart, n.paraEnd)
		n.Text = p.Text[n.paraStart:n.paraEnd]
		n.Start, n.End, n.Paragraph = span.Start, span.End, p.Index
		n.Quoted = insideQuoted(quoted, n.paraStart)
		out = append(out, n)
		i = n.paraEnd
	}
	return out
}

// skipFailedNumeral moves past position i when no number starts there:
// past the whole numeral if one starts there (so that 2024年, a date part,
// is not read again as 024年), else past one character.
func skipFailedNumeral(s string, i int) int {
	if num, _ := readNumeral(s, i); num.end > i { // a numeral, or an unreadable run of digits
		return num.end
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return i + size
}

// numberStarts are the characters a number can start with besides ASCII
// digits: full-width digits, Chinese digits and units, vague leads (几十,
// 上百) and the first characters of numberPreMarkers and 百分之. Checking
// them first keeps the scan cheap on ordinary text.
const numberStarts = "０１２３４５６７８９一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾廿几数上成将接大超不至多高约近逾"

var numberStartSet = newRuneSet(numberStarts, "0123456789")

// numberPreMarkers are approximation markers written before a numeral,
// longest first.
var numberPreMarkers = newWordIndex([]string{"将近", "接近", "大约", "超过", "不足", "不到", "不少于", "至少", "多达", "高达", "约", "近", "逾", "超"})

// numberMidMarkers come between a numeral and its unit: 300余人, 十多个.
var numberMidMarkers = newWordIndex([]string{"余", "多", "来", "许"})

// numberPostMarkers follow the unit: 300人以上, 50人左右.
var numberPostMarkers = newWordIndex([]string{"以上", "左右", "上下", "以下", "以内", "多", "余"})

// scanNumber reads a number starting at byte i of s: optional
// approximation marker, numeral, optional marker, unit, optional marker.
// It fails when no unit follows, and for numerals that are words or
// ordinals rather than counts (第一, 之一, 一起). It also returns where a
// scan over the paragraph goes on: after the number, or when there is
// none, skipFailedNumeral(s, i), reusing the numeral it has already read
// instead of reading it again.
func scanNumber(s string, i int) (n Number, next int, ok bool) {
	if r, _ := utf8.DecodeRuneInString(s[i:]); !numberStartSet.has(r) {
		return Number{}, skipFailedNumeral(s, i), false
	}
	start := i
	pre := numberPreMarkers.prefixWord(s[i:])
	i += len(pre)
	if strings.HasPrefix(s[i:], "百分之") {
		if n, ok := readSpelledPercent(s, start, i+len("百分之"), numberApprox(pre, "", "", "")); ok {
			return n, n.paraEnd, true
		}
		return Number{}, skipFailedNumeral(s, start), false
	}
	// Reading the numeral first turns away the many characters that only
	// may start a marker (大, 不, 高) before looking at what precedes them.
	num, ok := readNumeral(s, i)
	if !ok && start == i {
		// No numeral: one character, or the whole of a run of digits too
		// long to read (readNumeral gives its end).
		_, size := utf8.DecodeRuneInString(s[i:])
		return Number{}, max(num.end, i+size), false
	}
	if !ok {
		return Number{}, skipFailedNumeral(s, start), false
	}
	fail := func() (Number, int, bool) {
		if start == i && num.end > i {
			return Number{}, num.end, false // what skipFailedNumeral returns
		}
		return Number{}, skipFailedNumeral(s, start), false
	}
	if !numberMayStartAfter(s, i) {
		return fail()
	}
	j := num.end
	// A mid marker counts only when a unit follows it (300余人).
	mid := numberMidMarkers.prefixWord(s[j:])
	if mid != "" {
		if _, ok := numberUnits.prefix(s[j+len(mid):]); ok {
			j += len(mid)
		} else {
			mid = ""
		}
	}
	j = skipLayoutSpaces(s, j)
	unit, ok := numberUnits.prefix(s[j:])
	if !ok || numberIsDatePart(num, unit.text) || numberIsWord(s[i:]) {
		return fail()
	}
	end := j + len(unit.text)
	post := numberPostMarkers.prefixWord(s[end:])
	end += len(post)
	return Number{
		Value:      num.value,
		Unit:       unit.text,
		Base:       unit.base,
		Normalized: num.value * unit.factor,
		Approx:     numberApprox(pre, num.vague, mid, post),
		Chinese:    num.chinese,
		paraStart:  start,
		paraEnd:    end,
	}, end, true
}

// numberApprox lists the approximation markers found, in text order,
// leaving out the empty ones; nil for an exact number. The list is built
// only once a number is read, so failed attempts allocate nothing.
func numberApprox(markers ...string) []string {
	var out []string
	for _, m := range markers {
		if m != "" {
			out = append(out, m)
		}
	}
	return out
}

// readSpelledPercent reads the numeral of 百分之九十五 (j is just after 百分之).
func readSpelledPercent(s string, start, j int, approx []string) (Number, bool) {
	num, ok := readNumeral(s, j)
	if !ok {
		return Number{}, false
	}
	return Number{
		Value: num.value, Unit: "%", Base: "%", Normalized: num.value,
		Approx: approx, Chinese: num.chinese, paraStart: start, paraEnd: num.end,
	}, true
}

// numberPrefixOf returns the first of words that s starts with, or "".
func numberPrefixOf(s string, words []string) string {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

// skipLayoutSpaces skips ASCII spaces, as in PDF text (参赛企业 132 个).
func skipLayoutSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// numberOrdinalLeads are words after which a numeral is an ordinal or part
// of a word, not a count: 第一, 之一, 星期一, 周一, 初一.
var numberOrdinalLeads = newWordIndex([]string{"第", "之", "星期", "礼拜", "周", "初"})

// numberMayStartAfter reports whether a number may start at byte i of s,
// looking at what precedes it.
func numberMayStartAfter(s string, i int) bool {
	return !numberOrdinalLeads.hasSuffixWord(s[:i])
}

// numberIsDatePart reports whether the numeral and unit are part of a date
// (2024年, 二〇二三年), which input.facts.dates covers.
func numberIsDatePart(num numeral, unit string) bool {
	if unit != "年" {
		return false
	}
	return num.digits == 4 || (num.chinese && num.value >= 1000 && num.vague == "")
}

// numberWords are numeral-and-measure-word sequences that are words, not
// counts: 一起 (together), 一点 (a little), 一部分 (a part of).
var numberWords = newWordIndex([]string{"一起", "一点", "一部分", "一家人", "一条龙", "一把手", "一条心", "两点一线"})

// numberIsWord reports whether the text from a numeral on starts with one
// of numberWords.
func numberIsWord(rest string) bool {
	return numberWords.prefix(rest) >= 0
}
