package parser

import (
	"strings"
	"unicode"
)

// Unnumbered headings are short lines standing above the body text they
// introduce, with no marker: 002 has 领导高度重视,精心安排部署。 under 一、
// and, in section 二, three such lines after (一) and (二) where (三), (四)
// and (五) were due. They must be found for the numbering rules to see
// them, but ordinary prose must not lose sentences to them, so a paragraph
// is taken for one only when all of these hold:
//
//   - it is body text (not the title, a markup table cell or list item, a
//     numbered heading or a paragraph opening an enumeration such as
//     一是… or 三加大…), and not a repeat of the title;
//   - it is short (at most 25 characters) and one sentence, ending in 。 or
//     in no mark at all (a lead-in ends in ：, a clause in ，);
//   - it holds no figures: 通过测评,广大代表对会员评家满意率为100%。 is a
//     result, and headings rarely carry numbers;
//   - it does not read like narration: no connective or time phrase at
//     its start (通过, 同时, 目前, 今年 …), no introductory clause before
//     a comma that is at most three characters long (为此，工作中，) or ends
//     like an adverbial of time or viewpoint (新的一年，总体来看，), no first
//     person (我, 本人), no 是 judging its subject (职工服务是工会工作的
//     根本。), no 了 telling what was done (制定了考核办法。), and no lead-in
//     words (…如下);
//   - it is no label line: no colon inside (述职人：王建华);
//   - something other than the title comes before it (the line right
//     under a title is a byline or a date);
//   - it is followed by body text longer than itself, in the next
//     paragraph or, when that one is short, in the one after (严格评议程序,
//     …工作。 is followed by a short first sentence and then the long one).
//     Body text is punctuated: a signature (县总工会) above a date line is
//     no heading;
//   - the paragraph before it is not itself an unnumbered heading: a
//     heading has body text under it, so of two short lines in a row only
//     the first can be a heading.

// maxUnnumberedRunes is the longest an unnumbered heading may be.
const maxUnnumberedRunes = 25

// maxIntroRunes is the longest introductory clause (为此，一年来，) that marks
// a short line as narration.
const maxIntroRunes = 3

// narrationOpeners start sentences of narration, not headings.
var narrationOpeners = []string{
	"我们", "我", "通过", "经过", "同时", "此外", "另外", "目前", "截至", "截止", "今年", "去年",
	"明年", "上半年", "下半年", "全年", "一年来", "半年来", "近年来", "其中", "但", "然而", "因此",
	"所以", "为此", "总之", "总的", "综上", "今后", "由于", "虽然", "如", "例如", "比如", "特此",
	"以上", "现将", "这", "该", "此", "在此", "对此", "据", "经", "共", "当然", "总体", "整体",
	"总而言之", "可以说", "应该说", "一方面", "另一方面", "回顾",
}

// narrationWords anywhere in a short line make it a sentence about the
// writer or a judgement, not a heading: the first person, 是 linking a
// subject to what it is, 了 telling what was done, and 也 adding a fact.
var narrationWords = []string{"我", "本人", "笔者", "咱们", "是", "了", "也"}

// adverbialEndings end an introductory clause of time or viewpoint: 一年来，
// 新的一年，总体来看，工作中，.
const adverbialEndings = "来年月日后前中时间里看说言外"

// leadInWords make a line a lead-in to what follows: 主要做法如下.
var leadInWords = []string{"如下", "以下", "下列"}

// findUnnumbered returns the paragraphs that are unnumbered headings, in
// order. numbered holds the headings found so far; opening the paragraphs
// that open an enumeration.
func findUnnumbered(doc *Document, numbered []*Heading, opening map[int]bool) []int {
	isNumbered := map[int]bool{}
	for _, h := range numbered {
		isNumbered[h.Paragraph] = true
	}
	titleText := ""
	if doc.Title != nil {
		titleText = doc.Title.Text
	}
	var found []int
	accepted := map[int]bool{}
	ps := doc.Paragraphs
	for i, p := range ps {
		if p.Role != RoleBody || isNumbered[i] || opening[i] || p.Text == titleText {
			continue
		}
		if !isHeadingShaped(p.Text) || i == 0 || accepted[i-1] {
			continue
		}
		if prev := ps[i-1]; prev.Role == RoleTitle || prev.Role == RolePreamble {
			continue
		}
		if !introducesBody(ps, i, isNumbered) {
			continue
		}
		accepted[i] = true
		found = append(found, i)
	}
	return found
}

// isHeadingShaped applies the tests on the line itself.
func isHeadingShaped(t string) bool {
	if !runesAtMost(t, maxUnnumberedRunes) || hasSentenceEndBefore(t) {
		return false
	}
	if last := lastRune(t); last != '。' && !isHan(last) && !isClosing(last) && !unicode.IsLetter(last) {
		return false
	}
	if strings.ContainsFunc(t, func(r rune) bool { return isDigit(r) || r == '%' || r == '％' }) {
		return false
	}
	for _, w := range narrationOpeners {
		if strings.HasPrefix(t, w) {
			return false
		}
	}
	if containsAny(t, leadInWords) || containsAny(t, narrationWords) || strings.ContainsFunc(t, isColon) {
		return false
	}
	if i := strings.IndexAny(t, "，,"); i >= 0 {
		intro := t[:i]
		if runesAtMost(intro, maxIntroRunes) || strings.ContainsRune(adverbialEndings, lastRune(intro)) {
			return false
		}
	}
	return hanCount(t) >= 2
}

// introducesBody reports whether longer body text follows paragraph i:
// the next paragraph, or the one after a short next paragraph, must be a
// body paragraph longer than paragraph i.
func introducesBody(ps []*Paragraph, i int, isNumbered map[int]bool) bool {
	n := runeCount(ps[i].Text)
	for j := i + 1; j < len(ps) && j <= i+2; j++ {
		if isNumbered[j] || ps[j].Role != RoleBody {
			return false
		}
		if runeCount(ps[j].Text) > n && strings.ContainsFunc(ps[j].Text, isSentencePunct) {
			return true
		}
	}
	return false
}
