package parser

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser/source"
)

// findHeadings finds every heading, gives it a level and marks its
// paragraph. Headings come from three places:
//
//   - a numbering marker at the start of a paragraph (一、 （一） 1. ① 第一章
//     …, see marker.go), including a marker whose numeral was lost;
//   - the markup (Markdown #, HTML h1–h6, docx heading styles), with or
//     without a marker;
//   - short unnumbered lines standing above body text (unnumbered.go).
//
// Lines that open a run-in enumeration (一是…, 首先…) are items of the
// enumeration, not headings, even when they stand alone.
func findHeadings(doc *Document, blocks []blockInfo, scans *paragraphScans) {
	var found []*Heading
	for _, p := range doc.Paragraphs {
		if h := numberedHeading(doc, p, blocks[p.Index], scans); h != nil {
			found = append(found, h)
		}
	}
	resolveMissingFamilies(found)
	items := paragraphsOpeningEnumerations(doc, found, scans)
	var unnumbered []*Heading
	for _, pi := range findUnnumbered(doc, found, items) {
		unnumbered = append(unnumbered, unnumberedHeading(doc, doc.Paragraphs[pi], blocks[pi]))
	}
	found = mergeByParagraph(found, unnumbered)
	for i, h := range found {
		h.Index = i
		h.Section = i
		p := doc.Paragraphs[h.Paragraph]
		p.Role = RoleHeading
		p.Heading = i
	}
	doc.Headings = found
	assignLevels(doc, blocks)
}

// numberedHeading makes a heading of a paragraph that starts with a marker
// or that the markup declares a heading; nil otherwise.
func numberedHeading(doc *Document, p *Paragraph, b blockInfo, scans *paragraphScans) *Heading {
	if p.Role != RoleBody && p.Role != RoleListItem {
		return nil
	}
	m, ok := scans.headingMarker(p)
	if !ok {
		if b.kind == source.Heading {
			return unnumberedHeading(doc, p, b)
		}
		return nil
	}
	h := &Heading{
		Paragraph:      p.Index,
		Family:         m.family,
		Ordinal:        m.ordinal,
		Marker:         p.Text[:m.length],
		MarkerSpan:     textSpan(doc, p, 0, m.length),
		MissingNumeral: m.missing,
		Auto:           b.autoLabel > 0, // the label leads the text, so the marker is the label
		FromMarkup:     b.kind == source.Heading,
		Parent:         -1,
	}
	end := headingTextEnd(p.Text, m.textStart)
	h.Text = p.Text[m.textStart:end]
	h.Span = textSpan(doc, p, 0, end)
	return h
}

// unnumberedHeading makes a heading without a marker.
func unnumberedHeading(doc *Document, p *Paragraph, b blockInfo) *Heading {
	end := headingTextEnd(p.Text, 0)
	return &Heading{
		Paragraph:  p.Index,
		Text:       p.Text[:end],
		Span:       textSpan(doc, p, 0, end),
		MarkerSpan: textSpan(doc, p, 0, 0),
		Unnumbered: true,
		FromMarkup: b.kind == source.Heading,
		Parent:     -1,
	}
}

// maxHeadingRunes is the longest heading text taken whole. A first
// "sentence" longer than this is a heading run into its body.
const maxHeadingRunes = 40

// headingTextEnd finds where the heading text that starts at from ends. A
// heading line is its own paragraph, but a run-in heading carries its body
// after it (（一）加强领导。我们…): the heading is then the first sentence. In
// PDF text the break after a heading often became a space between Chinese
// characters, with no sentence mark for a long way (篇一:县总工会半年工作
// 总结范文 半年来,…): when the first sentence is longer than a heading can
// be, the heading ends at the last such gap within its first
// maxHeadingRunes characters. Short headings keep their inner spaces
// (一、学习劳模 规范管理).
func headingTextEnd(t string, from int) int {
	sentenceEnd, lastGap, runes := len(t), -1, 0
	for i := from; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if isSentenceEndAt(t, i, r) {
			sentenceEnd = i + size
			for sentenceEnd < len(t) && isClosing(firstRune(t[sentenceEnd:])) {
				_, csize := utf8.DecodeRuneInString(t[sentenceEnd:])
				sentenceEnd += csize
			}
			break
		}
		if runes <= maxHeadingRunes && isLayoutGap(t, i) {
			lastGap = i
		}
		runes++
		i += size
	}
	if runeCount(t[from:sentenceEnd]) <= maxHeadingRunes || lastGap < 0 {
		return sentenceEnd
	}
	return lastGap
}

// isLayoutGap reports white space at byte offset i of t standing between
// two Chinese characters, where Chinese text has no spaces.
func isLayoutGap(t string, i int) bool {
	if !isSpace(firstRune(t[i:])) || !isHan(lastRune(t[:i])) {
		return false
	}
	rest := strings.TrimLeftFunc(t[i:], isSpace)
	return isHan(firstRune(rest))
}

// textSpan is the source span of paragraph text [start, end).
func textSpan(doc *Document, p *Paragraph, start, end int) Span {
	s, e := p.Map.Source(start, end)
	return doc.Lines.Span(s, e)
}

// resolveMissingFamilies settles the family of markers that lost their
// numeral. A bare 、 was 一、 or 1、 and an empty （） was （一） or （1）:
// the nearest following heading of one of those families says which, or
// failing that the nearest preceding one (001: 、县总工会的基本情况 takes
// cn-dun from the 二、 after it).
func resolveMissingFamilies(hs []*Heading) {
	if !slices.ContainsFunc(hs, func(h *Heading) bool { return h.MissingNumeral }) {
		return
	}
	dun := nearestFamilies(hs, FamilyCnDun, FamilyArDun)
	paren := nearestFamilies(hs, FamilyCnParen, FamilyArParen)
	for i, h := range hs {
		if !h.MissingNumeral {
			continue
		}
		near := dun
		if h.Family == FamilyCnParen || h.Family == FamilyArParen {
			near = paren
		}
		if f := near[i]; f != "" {
			h.Family = f
		}
	}
}

// nearestFamilies returns, for each index i, the family of the closest
// heading with its numeral after i (failing that, before i) whose family
// is a or b; "" for none. One pass each way: a search from every heading
// that lost its numeral was quadratic in a long file.
func nearestFamilies(hs []*Heading, a, b string) []string {
	near := make([]string, len(hs))
	counts := func(h *Heading) bool { return !h.MissingNumeral && (h.Family == a || h.Family == b) }
	last := ""
	for i := len(hs) - 1; i >= 0; i-- {
		near[i] = last
		if counts(hs[i]) {
			last = hs[i].Family
		}
	}
	last = ""
	for i, h := range hs {
		if near[i] == "" {
			near[i] = last
		}
		if counts(h) {
			last = h.Family
		}
	}
	return near
}

// mergeByParagraph merges two lists of headings, each in paragraph order
// (the numbered and the unnumbered ones are found scanning the paragraphs
// in order), into one. A sort cost a 10 MB file's 27,000 headings 4% of
// its parse.
func mergeByParagraph(a, b []*Heading) []*Heading {
	if len(b) == 0 {
		return a
	}
	out := make([]*Heading, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0].Paragraph < b[0].Paragraph {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}
