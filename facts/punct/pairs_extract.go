package punct

import (
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

func init() { facts.Register("punct_pairs", extractPunctPairs) }

// PairProblem is one entry of input.facts.punct_pairs: paired punctuation
// that is unclosed, unopened, closed by the wrong mark or reversed.
type PairProblem struct {
	// Kind is unclosed, unopened, same_direction (“两癌“), mismatched
	// (（…]) or reversed (”…“).
	Kind string `json:"kind"`
	// Name is the Chinese name of the marks (引号, 括号, 书名号) and Pair
	// the canonical pair (“”), for messages.
	Name string `json:"name"`
	Pair string `json:"pair"`
	// Start and End cover the lone mark, or both marks and the text between
	// them when two are involved.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Partner is the mark a lone mark is missing: 》 for an unclosed 《.
	Partner string `json:"partner"`
	// Replacement is the likely correction of Text, "" when there is no
	// single one (where an unclosed mark should close is unknown).
	Replacement string `json:"replacement"`
	// Before and After are a few characters of context for messages.
	Before string `json:"before"`
	After  string `json:"after"`
	// Paragraph is the index of the paragraph holding the problem.
	Paragraph int `json:"paragraph"`
}

// pairContextRunes is how much context Before and After carry.
const pairContextRunes = 8

// paragraphPairs is the analysis of one paragraph, kept until the next
// paragraph has been seen: problems at a paragraph edge may be answered
// by the neighbour.
type paragraphPairs struct {
	p      *parser.Paragraph
	issues []pairIssue
	// dropped marks issues answered across the paragraph break.
	dropped []bool
}

func extractPunctPairs(doc *parser.Document, _ *facts.Env) any {
	var paras []*paragraphPairs
	for _, p := range doc.Paragraphs {
		if p.Role == parser.RolePreamble {
			continue
		}
		issues := matchPairs(pairTokens(p), p.Text)
		paras = append(paras, &paragraphPairs{p: p, issues: issues, dropped: make([]bool, len(issues))})
	}
	for i := 0; i+1 < len(paras); i++ {
		excuseAcrossBreak(paras[i], paras[i+1])
	}
	out := []PairProblem{}
	for _, pp := range paras {
		for k, is := range pp.issues {
			if !pp.dropped[k] {
				out = append(out, pairProblem(pp.p, is))
			}
		}
	}
	return out
}

// excuseAcrossBreak drops the problems that two consecutive paragraphs
// explain together:
//
//   - a quotation over several paragraphs, where each paragraph opens with
//     “ and only the last one closes it (GB/T 15834): an unclosed mark at
//     the very start of a paragraph is excused when the next paragraph
//     starts with the same mark;
//   - a line broken inside a pair, which left the opening mark at the end
//     of one paragraph and the closing one at the start of the next: the
//     last unclosed mark of cur and the first unopened one of next are
//     excused together when they belong to the same family.
func excuseAcrossBreak(cur, next *paragraphPairs) {
	if r, ok := firstRune(next.p.Text); ok {
		for k, is := range cur.issues {
			if is.kind == pairUnclosed && is.open.offset == leadingSpace(cur.p.Text) && is.open.r == r {
				cur.dropped[k] = true
			}
		}
	}
	last := -1
	for k, is := range cur.issues {
		if is.kind == pairUnclosed && !cur.dropped[k] && (last < 0 || is.open.offset > cur.issues[last].open.offset) {
			last = k
		}
	}
	if last < 0 {
		return
	}
	for k, is := range next.issues {
		if is.kind == pairUnopened {
			if is.close.mark.family == cur.issues[last].open.mark.family {
				cur.dropped[last], next.dropped[k] = true, true
			}
			return
		}
	}
}

// firstRune returns the first rune of text after leading spaces.
func firstRune(text string) (rune, bool) {
	rest := text[leadingSpace(text):]
	if rest == "" {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r, true
}

// leadingSpace is the byte length of the spaces a paragraph starts with.
func leadingSpace(text string) int {
	return len(text) - len(strings.TrimLeft(text, " \t\u3000"))
}

// pairProblem converts an issue to its fact, with document offsets and the
// replacement where one is certain enough to suggest. A two-mark problem
// covers both marks and the text between them; when they lie more than
// maxPairSpan apart it covers the second mark only, the one to change.
func pairProblem(p *parser.Paragraph, is pairIssue) PairProblem {
	var start, end int
	var fam pairFamily
	switch {
	case is.kind == pairReversed:
		start, end = is.close.offset, is.open.offset+utf8.RuneLen(is.open.r)
		fam = pairFamilies[is.open.mark.family]
	case is.hasOpen && is.hasClose:
		start, end = is.open.offset, is.close.offset+utf8.RuneLen(is.close.r)
		if end-start > maxPairSpan {
			start = is.close.offset
		}
		fam = pairFamilies[is.open.mark.family]
	case is.hasOpen:
		start, end = is.open.offset, is.open.offset+utf8.RuneLen(is.open.r)
		fam = pairFamilies[is.open.mark.family]
	default:
		start, end = is.close.offset, is.close.offset+utf8.RuneLen(is.close.r)
		fam = pairFamilies[is.close.mark.family]
	}
	text := p.Text[start:end]
	span := facts.Span(p, start, end)
	partner := ""
	switch is.kind {
	case pairUnclosed:
		partner = string(closerOf(is.open.r))
	case pairUnopened:
		partner = string(openerOf(is.close.r))
	}
	return PairProblem{
		Kind: is.kind, Name: fam.name, Pair: fam.canonical, Partner: partner,
		Start: span.Start, End: span.End, Text: text,
		Replacement: pairReplacement(is, text),
		Before:      facts.RunesBefore(p.Text, start, pairContextRunes),
		After:       facts.RunesAfter(p.Text, end, pairContextRunes),
		Paragraph:   p.Index,
	}
}

// pairReplacement corrects the text of a two-mark problem: the second
// mark of “两癌“ and of （…] becomes the partner of the first, and ”…“
// is turned round.
func pairReplacement(is pairIssue, text string) string {
	openLen, closeLen := utf8.RuneLen(is.open.r), utf8.RuneLen(is.close.r)
	switch is.kind {
	case pairSameDirection, pairMismatched:
		return text[:len(text)-closeLen] + string(closerOf(is.open.r))
	case pairReversed:
		inner := text[closeLen : len(text)-openLen]
		return string(openerOf(is.close.r)) + inner + string(closerOf(is.open.r))
	}
	return ""
}
