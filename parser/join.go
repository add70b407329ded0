package parser

import (
	"strings"

	"github.com/gwlint/gwlint/parser/source"
)

// Plain text does not mark paragraphs. Most files put one paragraph on a
// line, but text copied out of PDFs and some web pages breaks lines inside
// sentences and even inside words (工作情\n况, 职工民\n主管理). Joining two
// lines is decided from what a line break inside a sentence looks like,
// testing the signals below in order (the first that applies decides):
//
//  1. An empty line before B, or a markup paragraph on either side: never
//     joined.
//  2. A page break between A and B (a page marker was removed): joined
//     when A stops in mid-sentence, since a page ends wherever the text
//     does (…实施“十 / 2、一五”规划).
//  3. A ends with a sentence mark, a colon, an ellipsis or a closing
//     bracket or quote: A is complete. (A heading may end in ” or 》.)
//  4. B starts with a heading or enumeration marker (二、, （三）, 三是,
//     首先): B starts something new.
//  5. A ends with a pause (，、) or an opening bracket: the sentence goes
//     on in B.
//  6. B is indented while A ends without a pause: B starts a paragraph.
//  7. A holds a sentence mark before its end (…。组织职工): A is prose and
//     its last sentence runs on.
//  8. A number was cut in two (…覆盖职工一万 / 二千余人).
//  9. A starts with a heading marker: A is a heading line, complete unless
//     its siblings show otherwise. When most other headings of the same
//     family end with 。 and A does not, A was cut: 002's
//     (二)充分发挥会员的主体作用,积极推进职工民 / 主管理制度的实施。 against
//     (一)工会建家工作成效显著。. B must then be a short single sentence
//     ending the heading. Families whose headings carry no 。 (一、会员评家
//     工作的主要做法) keep every line to itself.
//  10. A ends with a function word (的, 和, 对, 把, 以及 …) that needs what
//     follows, unless the line ends in a whole word that merely ends in
//     such a character (努力方向, 问题所在): the sentence goes on in B.
//  11. A starts with an enumeration marker (一是…): A is a run-in item,
//     complete.
//  12. Otherwise A is joined when it is long: a line of 22 characters or
//     more that stops without punctuation is a wrapped line of prose
//     (…把党政的认可度和会员群众的满意度作为 / 评判建设…), while shorter
//     ones are unnumbered headings (关心职工生活,解决实际难题).
//
// On the reference documents this joins exactly the five breaks of 002
// (title, and lines 11, 23, 32 and 40) and the page joins of 004, and
// nothing in 000, 001 and 003.

// minWrappedRunes is the length from which an unpunctuated line is taken
// for wrapped prose rather than a heading (rule 12).
const minWrappedRunes = 22

// maxHeadingTailRunes bounds the second line of a wrapped heading (rule 9).
const maxHeadingTailRunes = 30

// danglingWords end a line in the middle of a phrase: particles,
// conjunctions and prepositions that need what follows (rule 10).
var danglingWords = []string{
	"以及", "并且", "而且", "或者", "按照", "根据", "通过", "关于", "对于", "为了", "作为", "进行",
	"的", "和", "与", "及", "或", "对", "把", "在", "为", "将", "被", "从", "向", "以", "于", "由",
	"使", "让", "给", "并", "而", "且", "之", "其", "是", "等", "即",
}

// familyEndings counts, per heading family, the heading lines that end
// with a sentence mark, to tell a cut heading from a complete one (rule 9).
type familyEndings map[string]struct{ stop, all int }

func countFamilyEndings(units []*unit) familyEndings {
	fe := familyEndings{}
	for _, u := range units {
		if u.role != "" || u.pageLine {
			continue
		}
		if m, ok := parseHeadingMarker(u.text); ok {
			c := fe[m.family]
			c.all++
			if endsWithStop(u.text) {
				c.stop++
			}
			fe[m.family] = c
		}
	}
	return fe
}

// endsWithStop reports a text ending in 。 (possibly before a closing
// quote), the way some documents end every heading.
func endsWithStop(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return isSpace(r) || isClosing(r) })
	r := lastRune(s)
	return r == '。' || r == '.' && isCJK(lastRune(s[:len(s)-1]))
}

// mostSiblingsEndWithStop reports whether most other headings of a's
// family end with 。 while a does not.
func (fe familyEndings) mostSiblingsEndWithStop(a *unit) bool {
	m, ok := parseHeadingMarker(a.text)
	if !ok || endsWithStop(a.text) {
		return false
	}
	c := fe[m.family]
	others := c.all - 1
	return others > 0 && 2*c.stop > others
}

// groupParagraphs groups the units into paragraphs: the title units form
// one, page-number lines none, and plain-text lines are joined by the
// rules above.
func groupParagraphs(units []*unit) [][]*unit {
	fe := countFamilyEndings(units)
	var groups [][]*unit
	for _, u := range units {
		if u.pageLine {
			continue
		}
		if n := len(groups); n > 0 {
			last := groups[n-1]
			a := last[len(last)-1]
			if (a.role == RoleTitle && u.role == RoleTitle) || (a.role == "" && u.role == "" && fe.shouldJoin(a, u)) {
				groups[n-1] = append(last, u)
				continue
			}
		}
		groups = append(groups, []*unit{u})
	}
	return groups
}

// shouldJoin decides whether line b continues line a (rules 1–12).
func (fe familyEndings) shouldJoin(a, b *unit) bool {
	if a.kind != source.Line || b.kind != source.Line {
		return false
	}
	if b.pageBefore {
		return !endsSentence(a.text)
	}
	if b.blankBefore || endsSentence(a.text) || isClosing(lastRune(a.text)) {
		return false
	}
	if startsWithMarker(b.text) {
		return false
	}
	last := lastRune(a.text)
	if isPause(last) || isOpening(last) {
		return true
	}
	if b.indented {
		return false
	}
	if splitsNumber(a.text, b.text) {
		return true
	}
	if _, ok := parseHeadingMarker(a.text); ok {
		// A heading line may end in a word whose last character is also
		// a function word (四、存在的不足和努力方向): only its siblings tell.
		return fe.mostSiblingsEndWithStop(a) && endsHeading(b.text)
	}
	if hasSentenceEndBefore(a.text) || endsWithDanglingWord(a.text) {
		return true
	}
	if _, ok := parseEnumMarker(a.text); ok {
		return false
	}
	return !runesAtMost(a.text, minWrappedRunes-1)
}

// startsWithMarker reports a line that opens with a heading or enumeration
// marker, or with 、 (a heading whose numeral was lost).
func startsWithMarker(s string) bool {
	if _, ok := parseHeadingMarker(s); ok {
		return true
	}
	_, ok := parseEnumMarker(s)
	return ok
}

// completeWords end in a character that is also a dangling word but are
// whole words that can end a phrase (努力方向, 问题所在, 根本目的).
var completeWords = []string{
	"方向", "导向", "取向", "走向", "动向", "意向", "志向", "倾向", "去向",
	"存在", "所在", "实在", "内在", "外在", "自在", "现在",
	"目的", "有的", "别的", "是的", "真的",
	"属于", "在于", "终于", "等于", "善于", "便于", "易于", "处于", "过于", "敢于",
	"总是", "还是", "但是", "就是", "凡是", "可是", "于是", "而是", "正是", "都是", "也是", "只是", "或是",
	"总之", "之一", "以上", "以下", "以内", "以外", "以来", "以后", "以前", "所以", "可以", "难以", "予以", "加以", "得以",
	"为此", "因为", "认为", "成为", "行为", "极为", "更为", "较为",
	"等等", "同等", "平等", "高等", "中等", "初等",
}

// endsWithDanglingWord reports a line ending in a word that needs what
// follows it.
func endsWithDanglingWord(s string) bool {
	for _, w := range completeWords {
		if strings.HasSuffix(s, w) {
			return false
		}
	}
	for _, w := range danglingWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// numberChars are the digits and units a number is written with.
const numberChars = "0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两"

// splitsNumber reports a number cut by the line break: A ends in a digit
// and B goes on with a digit or unit.
func splitsNumber(a, b string) bool {
	return strings.ContainsRune(numberChars, lastRune(a)) && strings.ContainsRune(numberChars, firstRune(b))
}

// endsHeading reports a short single sentence ending in 。: the tail of a
// wrapped heading.
func endsHeading(s string) bool {
	return runesAtMost(s, maxHeadingTailRunes) && endsWithStop(s) && !hasSentenceEndBefore(s)
}
