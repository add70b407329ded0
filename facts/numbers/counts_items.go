package numbers

import (
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

// countClauseMarks end the clause a backward list lives in; 、 separates
// its items and is not among them.
const countClauseMarks = "，。；：！？,;:（(\t"

// countSentenceMarks end a sentence; countColons end an announcement.
const (
	countSentenceMarks = "。；！？;!?"
	countColons        = "：:"
)

// countJoiners make the number of items of a 、 list uncertain: in A、B和C
// the last segment holds two items.
var countJoiners = []string{"和", "及", "与", "或", "并"}

// associateBackward handles a count that closes a 、 list in its clause
// (劳动、工会、企业三方, A、B等五家企业). It reports false when the count does
// not follow such a list, so the caller treats it as forward.
func associateBackward(c *StatedCount, p *parser.Paragraph, s string, ph countPhrase, markerEnd int) bool {
	listEnd := ph.start
	partial := false
	for _, deng := range []string{"等等", "等"} {
		if strings.HasSuffix(s[:listEnd], deng) {
			listEnd -= len(deng)
			partial = true
			break
		}
	}
	clauseStart := max(afterLastMark(s[:listEnd], countClauseMarks), markerEnd)
	clauseStart = afterListPredicate(s, clauseStart, listEnd)
	list := s[clauseStart:listEnd]
	if !strings.Contains(list, "、") {
		return false
	}
	c.Direction, c.Partial = "backward", partial
	// Without 等, only a classifier that sizes a list (三方, 两大, 三项,
	// 11个 + noun) reads as the list's size: 走访企业、社区三十家 counts
	// places. A 等 inside the list means the list ended before the count
	// (就A、B等问题达成共识11项 counts agreements).
	if !partial && (!countCollective[ph.classifier] || ph.classifier == "个" && ph.textEnd == ph.end || strings.Contains(list, "等")) {
		return true
	}
	c.Source = "list"
	off := clauseStart
	for _, seg := range strings.Split(list, "、") {
		if strings.TrimSpace(seg) == "" {
			c.Source, c.Items = "", nil
			return true
		}
		if numbersContainsAny(seg, countJoiners) {
			c.Joined = true
		}
		span := facts.Span(p, off, off+len(seg))
		c.Items = append(c.Items, CountItem{Text: p.Text[off : off+len(seg)], Start: span.Start, End: span.End})
		off += len(seg) + len("、")
	}
	return true
}

// afterListPredicate moves the start of a backward list past a predicate
// inside it. The clause of 联合医务部、护理部举办了心肺复苏、静脉输液、急救转运
// 三个项目 holds two 、 lists; the counted one starts after the verb with
// its aspect particle 了, so a 了 in a later segment restarts the list.
func afterListPredicate(s string, start, end int) int {
	list := s[start:end]
	first := strings.Index(list, "、")
	if first < 0 {
		return start
	}
	if i := strings.LastIndex(list, "了"); i > first {
		return start + i + len("了")
	}
	return start
}

// associateForward handles a count that may announce what follows: it
// decides whether the count introduces a list and collects the list's
// items from a run-in enumeration, headings or a 、 list after a colon.
// inHeading is set when the count is in a heading's own text.
func associateForward(c *StatedCount, doc *parser.Document, p *parser.Paragraph, s string, ph countPhrase, idx *countDocIndex, inHeading bool) {
	rest := s[ph.end:]
	sentenceEnd := len(s)
	if k := strings.IndexAny(rest, countSentenceMarks); k >= 0 {
		_, size := utf8.DecodeRuneInString(rest[k:])
		sentenceEnd = ph.end + k + size
	}
	anchor, colon := sentenceEnd, false
	if k := strings.IndexAny(rest, countColons); k >= 0 && ph.end+k < sentenceEnd {
		_, size := utf8.DecodeRuneInString(rest[k:])
		anchor, colon = ph.end+k+size, true
	}
	// 以下 must lead the count itself (以下五个方面); in 35岁以下职工 it is a
	// limit, not an announcement.
	c.Introduces = colon || inHeading || strings.HasSuffix(s[:ph.start], "以下") || strings.Contains(s[ph.end:sentenceEnd], "如下")
	// Without a colon or 以下, a series right after the sentence belongs
	// to the count only when the count and its noun close the sentence
	// (下半年重点抓好三项工作。一是…), not to a quantity inside it (评选优胜
	// 班组十五个、技术能手三十名。首先…).
	closesSentence := ph.textEnd > ph.end && utf8.RuneCountInString(strings.TrimRight(s[ph.textEnd:anchor], countSentenceMarks+" ")) <= 4

	if e := idx.enums.startingAt(doc, p, anchor); e != nil {
		if c.Introduces || closesSentence {
			c.Introduces = true
			c.Source, c.Items = "enumeration", countEnumerationItems(e)
		}
		return
	}
	if !c.Introduces {
		return
	}
	if inHeading {
		// A heading's count announces its own subsections, never the
		// headings after it (1、新建基层工会12家 is followed by 2、, its
		// sibling).
		if kids := idx.children[p.Heading]; len(kids) > 0 {
			c.Source, c.Items = "children", countHeadingItems(doc, kids)
		}
		return
	}
	if countOnlySpace(s[anchor:]) {
		if q := countNextParagraph(doc, p); q != nil && q.Role == parser.RoleHeading && q.Heading >= 0 {
			// The headings may go on with other parts of the report, so
			// only a shortfall matters: Found counts them all, but Items
			// stops one past Count, which keeps a long file of reports
			// from copying thousands of headings into every count.
			siblings := idx.followingSiblings(doc, q.Heading)
			c.Source, c.Items = "headings", countHeadingItems(doc, siblings[:min(len(siblings), c.Count+1)])
			c.Found = len(siblings)
			return
		}
	}
	if colon {
		countListAfterColon(c, p, s, anchor, sentenceEnd)
	}
}

// countListAfterColon collects a 、 list filling the rest of the sentence after
// a colon (包括以下三项：A、B、C。).
func countListAfterColon(c *StatedCount, p *parser.Paragraph, s string, from, to int) {
	body := strings.TrimRight(s[from:to], "。；！？;!? ")
	if !strings.Contains(body, "、") || strings.ContainsAny(body, "，,：:") {
		return
	}
	c.Source = "list"
	off := from
	for _, seg := range strings.Split(body, "、") {
		if strings.TrimSpace(seg) == "" {
			c.Source, c.Items, c.Joined = "", nil, false
			return
		}
		if numbersContainsAny(seg, countJoiners) {
			c.Joined = true
		}
		span := facts.Span(p, off, off+len(seg))
		c.Items = append(c.Items, CountItem{Text: p.Text[off : off+len(seg)], Start: span.Start, End: span.End})
		off += len(seg) + len("、")
	}
}

// countEnumIndex finds run-in series by where their first item starts.
type countEnumIndex map[int]*parser.Enumeration

// newCountEnumIndex indexes the enumerations whose first item has ordinal
// 1 (一是, 首先, 第一) by the document offset of that item.
func newCountEnumIndex(doc *parser.Document) countEnumIndex {
	idx := countEnumIndex{}
	for _, e := range doc.Enumerations {
		if e == nil || len(e.Items) == 0 || e.Items[0].Ordinal != 1 {
			continue
		}
		idx[e.Items[0].Span.Start.Offset] = e
	}
	return idx
}

// startingAt returns the series whose first item starts at paragraph
// offset at (after white space), or at the start of the next paragraph
// when only white space is left in this one.
func (idx countEnumIndex) startingAt(doc *parser.Document, p *parser.Paragraph, at int) *parser.Enumeration {
	if at > len(p.Text) {
		return nil
	}
	rest := p.Text[at:]
	if !countOnlySpace(rest) {
		skip := len(rest) - len(strings.TrimLeft(rest, " \t　"))
		start, _ := p.Map.Source(at+skip, at+skip)
		return idx[start]
	}
	q := countNextParagraph(doc, p)
	if q == nil {
		return nil
	}
	skip := len(q.Text) - len(strings.TrimLeft(q.Text, " \t　"))
	start, _ := q.Map.Source(skip, skip)
	return idx[start]
}

func countEnumerationItems(e *parser.Enumeration) []CountItem {
	out := make([]CountItem, 0, len(e.Items))
	for _, it := range e.Items {
		out = append(out, CountItem{Text: it.Marker, Start: it.Span.Start.Offset, End: it.Span.End.Offset})
	}
	return out
}

// countDocIndex holds what associateForward looks up for every count, built
// in one pass over the document rather than a pass per count, which made
// long documents quadratic.
type countDocIndex struct {
	enums countEnumIndex
	// children lists, for each heading index, the headings whose parent
	// it is, in document order.
	children map[int][]int
	// siblings finds the headings that follow an introducing paragraph;
	// built on first use (see followingSiblings).
	siblings *countSiblingIndex
}

func newCountDocIndex(doc *parser.Document) *countDocIndex {
	idx := &countDocIndex{enums: newCountEnumIndex(doc), children: map[int][]int{}}
	for _, x := range doc.Headings {
		if x != nil {
			idx.children[x.Parent] = append(idx.children[x.Parent], x.Index)
		}
	}
	return idx
}

// followingSiblings returns the headings that follow heading h at its
// level (countSiblingIndex.following). Few documents have a paragraph that
// introduces the headings after it, so the index is built on first use.
func (idx *countDocIndex) followingSiblings(doc *parser.Document, h int) []int {
	if idx.siblings == nil {
		s := newCountSiblingIndex(doc)
		idx.siblings = &s
	}
	return idx.siblings.following(doc, h)
}

func countHeadingItems(doc *parser.Document, hs []int) []CountItem {
	out := make([]CountItem, 0, len(hs))
	for _, i := range hs {
		h := doc.Headings[i]
		out = append(out, CountItem{Text: h.Marker + countShorten(h.Text, 12), Start: h.Span.Start.Offset, End: h.Span.End.Offset})
	}
	return out
}

// countNextParagraph returns the paragraph after p, or nil.
func countNextParagraph(doc *parser.Document, p *parser.Paragraph) *parser.Paragraph {
	if p.Index+1 < len(doc.Paragraphs) {
		return doc.Paragraphs[p.Index+1]
	}
	return nil
}

func countOnlySpace(s string) bool { return strings.TrimSpace(strings.ReplaceAll(s, "　", "")) == "" }

// countShorten cuts s to at most n characters.
func countShorten(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
