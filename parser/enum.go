package parser

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Run-in enumerations are series of ordinal markers written inside the
// text rather than as headings: 一是…二是…三是…, 首先…其次…最后…,
// 第一，…第二，…, ①…②…, （1）…（2）…. A series may run across consecutive
// paragraphs of one section (001 puts each 一是 item in its own
// paragraph) and ends at the next heading.
//
// A marker counts only at a clause start: the paragraph start (after a
// heading's own marker), or right after 。；，：、, an opening bracket or
// quote, or white space. So 统一是 and 唯一是 are words, not markers.
//
// The word styles (shi, first, di) form one series even when mixed:
// 首先…二是…三是…四是 (004) is one enumeration whose first item has
// another style, which a rule can flag. The symbol styles (circled, paren)
// form series of their own, since they are usually nested inside a word
// item (一是…：（1）…（2）…；二是…).
//
// An ordinal 1 starts a new series; any other ordinal continues the open
// one, so gaps and repeats (一是, 二是, 四是) stay in one series for rules
// to check. A series needs two items: a lone 首先 is an adverb.
//
// A broken marker is a numeral that lost its 是 right where the open shi
// series expects it: 001 writes 三加大对困难职工的帮扶力度 as the third
// item of 一是/二是/…/四是. It is recognized only at a paragraph start and
// only with exactly the expected ordinal, so 三年来 or 三个方面 after 二是
// do not count (see brokenFollowers).

// minEnumerationItems is the fewest items a series must have.
const minEnumerationItems = 2

// enumOccurrence is a marker found in a paragraph.
type enumOccurrence struct {
	para   int
	offset int // byte offset of the marker in the paragraph text
	marker enumMarker
	broken bool
}

// seriesGroup says which open series a style continues.
func seriesGroup(style string) string {
	switch style {
	case EnumCircled, EnumParen:
		return style
	}
	return "word"
}

// enumSeries is a series being built.
type enumSeries struct {
	items []enumOccurrence
	shi   bool // some item uses the 一是 style
}

func (s *enumSeries) add(occ enumOccurrence) {
	s.items = append(s.items, occ)
	s.shi = s.shi || occ.marker.style == EnumShi
}

func (s *enumSeries) lastOrdinal() int {
	if s == nil || len(s.items) == 0 {
		return 0
	}
	return s.items[len(s.items)-1].marker.ordinal
}

// hasShi reports whether the series uses the 一是 style, the only one a
// broken marker (三加大) can belong to.
func (s *enumSeries) hasShi() bool { return s.shi }

// findEnumerations finds the run-in enumerations of a document whose
// headings are known.
func findEnumerations(doc *Document, scans *paragraphScans) []*Enumeration {
	isBoundary := func(p *Paragraph) bool { return p.Role == RoleHeading }
	series := collectSeries(doc, isBoundary, scans)
	enums := make([]*Enumeration, 0, len(series))
	for _, s := range series {
		enums = append(enums, makeEnumeration(doc, len(enums), s))
	}
	return enums
}

// paragraphsOpeningEnumerations lists the paragraphs that start with an
// enumeration marker (一是…, 首先…) or a broken one (三加大…). They are not
// unnumbered headings. Only numbered headings end series at this point.
func paragraphsOpeningEnumerations(doc *Document, numbered []*Heading, scans *paragraphScans) map[int]bool {
	headingParas := map[int]bool{}
	for _, h := range numbered {
		headingParas[h.Paragraph] = true
	}
	opening := map[int]bool{}
	for _, p := range doc.Paragraphs {
		if _, ok := parseEnumMarker(p.Text); ok {
			opening[p.Index] = true
		}
	}
	for _, s := range collectSeries(doc, func(p *Paragraph) bool { return headingParas[p.Index] }, scans) {
		for _, it := range s.items {
			if it.broken {
				opening[it.para] = true
			}
		}
	}
	return opening
}

// collectSeries scans the paragraphs in order and assembles series; a
// paragraph for which isBoundary is true closes every open series.
func collectSeries(doc *Document, isBoundary func(*Paragraph) bool, scans *paragraphScans) []*enumSeries {
	var done []*enumSeries
	open := map[string]*enumSeries{}
	closeAll := func() {
		for g, s := range open {
			if len(s.items) >= minEnumerationItems {
				done = append(done, s)
			}
			delete(open, g)
		}
	}
	for _, p := range doc.Paragraphs {
		if p.Role == RoleTitle || p.Role == RolePreamble {
			continue
		}
		from := 0
		if isBoundary(p) {
			closeAll()
			if m, ok := scans.headingMarker(p); ok {
				from = m.length
			}
		}
		for _, occ := range scanParagraph(p, from, open["word"], scans) {
			g := seriesGroup(occ.marker.style)
			s := open[g]
			switch {
			case occ.marker.last && s == nil:
				continue // 最后 ends a series; alone it is an adverb
			case occ.marker.last:
				occ.marker.ordinal = s.lastOrdinal() + 1
			}
			if occ.marker.ordinal == 1 || s == nil {
				if s != nil && len(s.items) >= minEnumerationItems {
					done = append(done, s)
				}
				s = &enumSeries{}
				open[g] = s
			}
			s.add(occ)
		}
	}
	closeAll()
	sortSeries(done)
	return done
}

// sortSeries orders series by their first marker (series of different
// groups close in map order).
func sortSeries(ss []*enumSeries) {
	sort.Slice(ss, func(i, j int) bool {
		a, b := ss[i].items[0], ss[j].items[0]
		return a.para < b.para || a.para == b.para && a.offset < b.offset
	})
}

// scanParagraph finds the markers at clause starts of p's text from byte
// offset from on. words is the open word series, which decides whether a
// broken marker at the paragraph start is expected.
func scanParagraph(p *Paragraph, from int, words *enumSeries, scans *paragraphScans) []enumOccurrence {
	t := p.Text
	if from == 0 && words != nil && words.hasShi() {
		if n, size, ok := chineseOrdinal(t); ok && n == words.lastOrdinal()+1 && isBrokenFollower(t[size:]) {
			m := enumMarker{style: EnumShi, ordinal: n, length: size}
			found := []enumOccurrence{{para: p.Index, offset: 0, marker: m, broken: true}}
			return append(found, scans.markersFrom(p, size)...)
		}
	}
	return scans.markersFrom(p, from)
}

// clauseMarkers finds the markers at clause starts of p's text from byte
// offset from on, which counts as a clause start.
func clauseMarkers(p *Paragraph, from int) []enumOccurrence {
	var found []enumOccurrence
	t := p.Text
	clauseStart := true
	for i := from; i < len(t); {
		if !clauseStart {
			// Han characters neither start a clause nor, after a
			// character that does not, a marker.
			if i = hanRunEnd(t, i); i == len(t) {
				break
			}
		}
		r, size := decodeRune(t, i)
		if clauseStart && mayStartEnumMarker(r) {
			if m, ok := markerAt(t[i:]); ok {
				found = append(found, enumOccurrence{para: p.Index, offset: i, marker: m})
				i += m.length
				clauseStart = false
				continue
			}
		}
		// White space and closing quotes after a clause start keep it
		// (。”二是…).
		clauseStart = startsClause(r) || (clauseStart && (isSpace(r) || isClosing(r)))
		i += size
	}
	return found
}

// markerAt reads any enumeration marker at the start of s.
func markerAt(s string) (enumMarker, bool) {
	if m, ok := parseEnumMarker(s); ok {
		return m, true
	}
	return parseInlineListMarker(s)
}

// enumMarkerStarts are the characters an enumeration marker can start
// with: a Chinese numeral (一是), 其 (其一, 其次), 首先, 再次, 最后, 第 and an
// opening bracket ((1)); the circled numbers are tested separately.
const enumMarkerStarts = chineseOrdinalStarts + "其首再最第（("

// mayStartEnumMarker is a quick test in front of markerAt, which tries
// every marker shape in turn: a clause starts after every comma, and
// almost none of them starts with a marker.
func mayStartEnumMarker(r rune) bool {
	if family, _ := enclosedNumber(r); family == FamilyCircled {
		return true
	}
	return enumMarkerStartSet.has(r)
}

var enumMarkerStartSet = newRuneSet(enumMarkerStarts)

// startsClause reports a character after which a new clause begins.
func startsClause(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return false // a Han character, most of the text: no mark
	}
	return isSentenceEnd(r) || isPause(r) && r != '—' && r != '·' || isColon(r) || isOpening(r) || isSpace(r)
}

// brokenFollowers are characters that, after a numeral at a paragraph
// start, make a count or a date rather than a broken 三是: 三个方面, 三年来,
// 三项制度, 三大亮点.
const brokenFollowers = "是、．.个项次年月日天名位家大方等届季级点种类条者部段批轮支份把场期人十百千万亿分倍成同"

// isBrokenFollower reports whether rest, the text after a numeral at a
// paragraph start, reads as an item whose 是 was lost: a Chinese
// character that does not make the numeral a count.
func isBrokenFollower(rest string) bool {
	r := firstRune(rest)
	return isHan(r) && !strings.ContainsRune(brokenFollowers, r)
}

// makeEnumeration turns a series into its public form.
func makeEnumeration(doc *Document, index int, s *enumSeries) *Enumeration {
	e := &Enumeration{Index: index, Items: make([]EnumerationItem, 0, len(s.items))}
	styles := map[string]int{}
	for i, occ := range s.items {
		p := doc.Paragraphs[occ.para]
		end := itemTextEnd(p.Text, occ, s.items[i+1:])
		textStart := occ.offset + occ.marker.length
		textStart += len(p.Text[textStart:end]) - len(strings.TrimLeftFunc(p.Text[textStart:end], func(r rune) bool {
			return isSpace(r) || isPause(r) || isColon(r)
		}))
		e.Items = append(e.Items, EnumerationItem{
			Paragraph: occ.para,
			Marker:    p.Text[occ.offset : occ.offset+occ.marker.length],
			Ordinal:   occ.marker.ordinal,
			Style:     occ.marker.style,
			Broken:    occ.broken,
			Span:      textSpan(doc, p, occ.offset, occ.offset+occ.marker.length),
			Text:      p.Text[textStart:end],
			TextSpan:  textSpan(doc, p, textStart, end),
		})
		styles[occ.marker.style]++
	}
	// The most used style names the series; a tie goes to the style seen
	// first.
	e.Style = e.Items[0].Style
	for _, it := range e.Items {
		if styles[it.Style] > styles[e.Style] {
			e.Style = it.Style
		}
	}
	first, last := e.Items[0], e.Items[len(e.Items)-1]
	e.Span = Span{Start: first.Span.Start, End: last.TextSpan.End}
	return e
}

// itemTextEnd finds where an item's text ends: at the next marker of the
// series in the same paragraph, or else at the end of the sentence the
// item starts (the paragraph may go on with a closing remark).
func itemTextEnd(t string, occ enumOccurrence, rest []enumOccurrence) int {
	if len(rest) > 0 && rest[0].para == occ.para {
		return rest[0].offset
	}
	from := occ.offset + occ.marker.length
	for i := from; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if isSentenceEndAt(t, i, r) && r != '；' && r != ';' {
			end := i + size
			for end < len(t) && isClosing(firstRune(t[end:])) {
				_, csize := utf8.DecodeRuneInString(t[end:])
				end += csize
			}
			return end
		}
		i += size
	}
	return len(t)
}
