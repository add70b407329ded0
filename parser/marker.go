package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/cnum"
)

// Heading marker families. A family is a numbering convention; full- and
// half-width forms of the same convention are one family, because width is
// a punctuation problem and not a structural one. The ids are stable: rules
// and baselines refer to them.
const (
	FamilyCnDun   = "cn-dun"   // 一、
	FamilyCnDot   = "cn-dot"   // 一． 一.
	FamilyCnParen = "cn-paren" // （一） (一)
	FamilyArDun   = "ar-dun"   // 1、
	FamilyArDot   = "ar-dot"   // 1. 1． ⒈
	FamilyArParen = "ar-paren" // （1） (1) ⑴
	FamilyCircled = "circled"  // ① ❶
	FamilyChapter = "chapter"  // 第一章
	FamilySection = "section"  // 第一节
	FamilyPart    = "part"     // 第一部分
	FamilyStage   = "stage"    // 第一阶段
	FamilyArticle = "article"  // 第一篇, 篇一: articles concatenated in one file
)

// headingMarker is a numbering marker at the start of a paragraph.
type headingMarker struct {
	family  string
	ordinal int
	// length is the byte length of the marker as written, trailing
	// punctuation included (（一）、 and 篇一： keep their 、 and ：).
	length int
	// textStart is where the heading text begins: after the marker and
	// any white space.
	textStart int
	// missing is set for a marker whose numeral is missing (、县总工会…);
	// family is then only a guess, settled from the siblings.
	missing bool
}

// maxHeadingOrdinal bounds heading numbers: a heading numbered 2019、 is a
// year in a list, not the 2019th heading.
const maxHeadingOrdinal = 999

// parseHeadingMarker reads a heading marker at the start of text. It
// rejects the look-alikes a paragraph can start with: a year (2019年), a
// decimal (1.5万元), a list of numerals (一、二等奖), a date (5月), a
// stage told in prose (第一阶段，我们…) and a marker followed by nothing.
func parseHeadingMarker(text string) (headingMarker, bool) {
	m, ok := readMarker(text)
	if !ok {
		return m, false
	}
	rest := strings.TrimLeftFunc(text[m.length:], isSpace)
	m.textStart = len(text) - len(rest)
	if !hasWordChar(rest) {
		return m, false // 一、 alone
	}
	return m, true
}

// readMarker tries each marker shape in turn.
func readMarker(text string) (headingMarker, bool) {
	if !mayStartHeadingMarker(firstRune(text)) {
		return headingMarker{}, false // most lines: no shape needs trying
	}
	for _, read := range []func(string) (headingMarker, bool){
		readOrdinalWordMarker, readArticleMarker, readParenMarker,
		readEnclosedMarker, readNumeralMarker, readMissingNumeral,
	} {
		if m, ok := read(text); ok {
			return m, true
		}
	}
	return headingMarker{}, false
}

// headingMarkerStarts are the characters a heading marker can start with:
// a Chinese numeral or digit (一、 1.), 第 (第一章), 篇 (篇一), an opening
// bracket ((一)) and the 、 of a marker that lost its numeral; the enclosed
// numbers (① ⑴ ⒈) are tested separately.
var headingMarkerStarts = newRuneSet(chineseOrdinalStarts + "0123456789０１２３４５６７８９第篇（(、")

// mayStartHeadingMarker is a quick test in front of the marker readers,
// which are tried on every line, most often in vain.
func mayStartHeadingMarker(r rune) bool {
	if family, _ := enclosedNumber(r); family != "" {
		return true
	}
	return headingMarkerStarts.has(r)
}

// ordinalWordFamilies maps the word after 第N to its family.
var ordinalWordFamilies = []struct{ word, family string }{
	{"章", FamilyChapter},
	{"节", FamilySection}, {"節", FamilySection},
	{"部分", FamilyPart},
	{"阶段", FamilyStage}, {"階段", FamilyStage},
	{"篇", FamilyArticle},
}

// readOrdinalWordMarker reads 第一章, 第二节, 第三部分, 第一阶段, 第一篇. Prose
// that starts with a stage (第一阶段，我们… / 第一阶段的工作…) is no heading.
func readOrdinalWordMarker(text string) (headingMarker, bool) {
	after, ok := strings.CutPrefix(text, "第")
	if !ok {
		return headingMarker{}, false
	}
	n, size, ok := cnum.Prefix(after)
	if !ok || n < 1 || n > maxHeadingOrdinal {
		return headingMarker{}, false
	}
	after = after[size:]
	for _, w := range ordinalWordFamilies {
		rest, ok := strings.CutPrefix(after, w.word)
		if !ok {
			continue
		}
		if r := firstRune(rest); r == '，' || r == ',' || r == '的' {
			return headingMarker{}, false
		}
		length := len(text) - len(rest) + trailingMarkLen(rest)
		return headingMarker{family: w.family, ordinal: n, length: length}, true
	}
	return headingMarker{}, false
}

// readArticleMarker reads 篇一, the label a 范文 compilation puts before
// each article it concatenates.
func readArticleMarker(text string) (headingMarker, bool) {
	after, ok := strings.CutPrefix(text, "篇")
	if !ok {
		return headingMarker{}, false
	}
	n, size, ok := chineseOrdinal(after)
	if !ok {
		return headingMarker{}, false
	}
	rest := after[size:]
	length := len(text) - len(rest) + trailingMarkLen(rest)
	return headingMarker{family: FamilyArticle, ordinal: n, length: length}, true
}

// readParenMarker reads （一） (一) （1） (1), mixed widths included, and
// the empty （） of a marker that lost its numeral.
func readParenMarker(text string) (headingMarker, bool) {
	open, size := utf8.DecodeRuneInString(text)
	if open != '（' && open != '(' {
		return headingMarker{}, false
	}
	inner := text[size:]
	family := FamilyCnParen
	n, nsize, ok := chineseOrdinal(inner)
	if !ok {
		family = FamilyArParen
		n, nsize, ok = arabicOrdinal(inner)
	}
	missing := false
	if !ok {
		// Empty brackets: a numeral was lost; the family is settled from
		// the siblings (resolveMissingFamilies).
		family, n, nsize, missing = FamilyCnParen, 0, 0, true
	}
	closing, csize := utf8.DecodeRuneInString(inner[nsize:])
	if closing != '）' && closing != ')' {
		return headingMarker{}, false
	}
	rest := inner[nsize+csize:]
	length := len(text) - len(rest) + trailingMarkLen(rest)
	return headingMarker{family: family, ordinal: n, length: length, missing: missing}, true
}

// readEnclosedMarker reads the single characters that hold a number:
// ① (circled), ⑴ (parenthesized, the ar-paren family) and ⒈ (with a
// full stop, the ar-dot family).
func readEnclosedMarker(text string) (headingMarker, bool) {
	r, size := utf8.DecodeRuneInString(text)
	family, n := enclosedNumber(r)
	if family == "" {
		return headingMarker{}, false
	}
	length := size + trailingMarkLen(text[size:])
	return headingMarker{family: family, ordinal: n, length: length}, true
}

// enclosedNumber returns the family and value of an enclosed number
// character, or "" when r is none.
func enclosedNumber(r rune) (string, int) {
	switch {
	case r >= '①' && r <= '⑳':
		return FamilyCircled, int(r-'①') + 1
	case r >= '㉑' && r <= '㉟':
		return FamilyCircled, int(r-'㉑') + 21
	case r >= '㊱' && r <= '㊿':
		return FamilyCircled, int(r-'㊱') + 36
	case r >= '❶' && r <= '❿':
		return FamilyCircled, int(r-'❶') + 1
	case r >= '➀' && r <= '➉':
		return FamilyCircled, int(r-'➀') + 1
	case r >= '➊' && r <= '➓':
		return FamilyCircled, int(r-'➊') + 1
	case r >= '⑴' && r <= '⒇':
		return FamilyArParen, int(r-'⑴') + 1
	case r >= '⒈' && r <= '⒛':
		return FamilyArDot, int(r-'⒈') + 1
	}
	return "", 0
}

// readNumeralMarker reads 一、 一． 1、 1. 1．.
func readNumeralMarker(text string) (headingMarker, bool) {
	chinese := true
	n, size, ok := chineseOrdinal(text)
	if !ok {
		chinese = false
		n, size, ok = arabicOrdinal(text)
	}
	if !ok {
		return headingMarker{}, false
	}
	sep, ssize := utf8.DecodeRuneInString(text[size:])
	rest := text[size+ssize:]
	var family string
	switch {
	case sep == '、' && chinese:
		family = FamilyCnDun
	case sep == '、':
		family = FamilyArDun
	case (sep == '．' || sep == '.') && chinese:
		family = FamilyCnDot
	case sep == '．' || sep == '.':
		family = FamilyArDot
	default:
		return headingMarker{}, false
	}
	if startsNumeralList(rest, n, chinese) {
		return headingMarker{}, false
	}
	return headingMarker{family: family, ordinal: n, length: size + ssize}, true
}

// startsNumeralList reports text after a marker that shows the marker was
// part of a list of numbers: 一、二等奖 (the next numeral follows), 2019、2020年
// and 1.5万元 (a digit follows).
func startsNumeralList(rest string, n int, chinese bool) bool {
	if !chinese {
		// 1、2号楼: an Arabic marker followed by a digit counts items. A
		// Chinese marker may be followed by a year (五、2025年工作打算).
		return isDigit(firstRune(rest))
	}
	next, _, ok := chineseOrdinal(rest)
	return ok && next == n+1
}

// readMissingNumeral reads a line that starts with 、: a heading whose
// numeral was lost (、县总工会的基本情况). Whether it was 一、 or 1、 is
// settled from its siblings.
func readMissingNumeral(text string) (headingMarker, bool) {
	if !strings.HasPrefix(text, "、") {
		return headingMarker{}, false
	}
	return headingMarker{family: FamilyCnDun, length: len("、"), missing: true}, true
}

// trailingMarkLen is the length of punctuation written after a marker that
// belongs to it: the 、 of （一）、 or the ： of 第一部分：.
func trailingMarkLen(rest string) int {
	r, size := utf8.DecodeRuneInString(rest)
	switch r {
	case '、', '：', ':', '．', '.', '，', ',':
		return size
	}
	return 0
}

// chineseOrdinalStarts are the characters a heading-sized Chinese numeral
// starts with.
const chineseOrdinalStarts = "一二三四五六七八九十廿卅壹贰貳叁參肆伍陆陸柒捌玖拾"

var chineseOrdinalStartSet = newRuneSet(chineseOrdinalStarts)

// chineseOrdinal reads a heading-sized Chinese numeral (一 to 九十九, 廿,
// financial 壹…拾) at the start of s. Counts with 百/千/万 and numerals
// starting with 两 or 〇 are not heading numbers.
func chineseOrdinal(s string) (value, size int, ok bool) {
	r := firstRune(s)
	if !chineseOrdinalStartSet.has(r) {
		return 0, 0, false
	}
	n, size, ok := cnum.Prefix(s)
	if !ok || n < 1 || n > 99 {
		return 0, 0, false
	}
	for _, c := range s[:size] {
		if strings.ContainsRune("百佰千仟万萬亿億两兩〇零○", c) {
			return 0, 0, false
		}
	}
	return n, size, true
}

// arabicOrdinal reads 1 to 3 ASCII or full-width digits (not followed by
// a fourth: 2019 is a year).
func arabicOrdinal(s string) (value, size int, ok bool) {
	digits := 0
	for size < len(s) && digits <= 3 {
		r, n := utf8.DecodeRuneInString(s[size:])
		if !isDigit(r) {
			break
		}
		size += n
		digits++
	}
	if digits == 0 || digits > 3 {
		return 0, 0, false
	}
	v, ok := cnum.Parse(s[:size])
	if !ok || v < 1 || v > maxHeadingOrdinal {
		return 0, 0, false
	}
	return v, size, true
}

// hasWordChar reports whether s holds a letter or digit, Chinese included.
func hasWordChar(s string) bool {
	for _, r := range s {
		if isHan(r) || isDigit(r) || (r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z')) {
			return true
		}
	}
	return false
}
