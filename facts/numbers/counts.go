package numbers

import (
	"strings"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

func init() { facts.Register("counts", extractCounts) }

// StatedCount is a count the text announces for a list — 以下五个方面,
// 有两点, 三项工作, A、B、C等三个阶段 — together with the items Go found for
// it. Rules compare Count with Found; Go only associates, it never judges.
type StatedCount struct {
	// Text is the numeral with its classifier and up to two following
	// characters (五个方面, 三项工作, 两点).
	Text string `json:"text"`
	// Start and End are byte offsets of Text in the document.
	Start int `json:"start"`
	End   int `json:"end"`
	// Paragraph is the index of the paragraph holding the count.
	Paragraph int `json:"paragraph"`
	// Count is the number stated.
	Count int `json:"count"`
	// Classifier is the measure word after the numeral (个, 项, 点, 方面).
	Classifier string `json:"classifier"`
	// Direction is "forward" for a count that announces what follows
	// (以下五个方面：一是…) and "backward" for one that closes a list of
	// 、-separated items before it (劳动、工会、企业三方).
	Direction string `json:"direction"`
	// Introduces is set for a forward count whose sentence ends in a
	// colon, says 以下/如下, or sits in a heading: it clearly introduces a
	// list.
	Introduces bool `json:"introduces"`
	// Partial is set for a backward count after 等 (A、B等五家企业): the
	// list may name only some of the items.
	Partial bool `json:"partial"`
	// Source says where the items were found:
	//   enumeration  a run-in series starting right after the count
	//                (一是…二是…, 首先…其次…, 第一…第二…)
	//   children     the child headings of the heading holding the count
	//   headings     the headings that follow the paragraph, from the
	//                first one on at its level (later ones may be other
	//                parts of the report, such as 存在的问题)
	//   list         、-separated items before (backward) or after the
	//                colon (forward)
	//   ""           no items found: nothing to compare
	Source string `json:"source"`
	// Joined is set for a 、 list that also joins items with 和, 及, 与 or
	// 或, so its item count is uncertain.
	Joined bool `json:"joined"`
	// Items are the items found, in order. For source "headings" they
	// stop one past Count: later headings may be other parts of the
	// report, so only a shortfall is a mismatch, and one heading more than
	// stated already shows there is none.
	Items []CountItem `json:"items"`
	// Found is the number of items found: len(Items), except for source
	// "headings", where it counts all the headings, also those past Items.
	Found int `json:"found"`
}

// CountItem is one item of a list that a count announces.
type CountItem struct {
	// Text is the item's marker or, for a 、 list, its text.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func extractCounts(doc *parser.Document, env *facts.Env) any {
	var out []StatedCount
	idx := newCountDocIndex(doc)
	for _, p := range doc.Paragraphs {
		if p.Role == parser.RolePreamble || p.Role == parser.RoleTitle {
			continue
		}
		norm := env.SimplifiedText(p)
		markerEnd, headingEnd := countHeadingBounds(doc, p)
		for _, ph := range countPhrases(norm) {
			if ph.start < markerEnd {
				continue
			}
			c := StatedCount{
				Text: p.Text[ph.start:ph.textEnd], Paragraph: p.Index, Count: ph.count,
				Classifier: ph.classifier, Direction: "forward",
			}
			span := facts.Span(p, ph.start, ph.textEnd)
			c.Start, c.End = span.Start, span.End
			if !associateBackward(&c, p, norm, ph, markerEnd) && countMayAnnounce(ph) {
				associateForward(&c, doc, p, norm, ph, idx, ph.start < headingEnd)
			}
			// Found stays above len(Items) only where the association
			// counted more items than it kept (source "headings").
			c.Found = max(c.Found, len(c.Items))
			if c.Introduces || c.Source != "" {
				out = append(out, c)
			}
		}
	}
	return out
}

// countHeadingBounds returns, for a heading paragraph, where its marker
// ends and where the heading's own text ends (paragraph offsets): a
// run-in heading (（二）做好法律援助。县职工法律援助站…) carries body text
// after its first sentence, and counts there do not belong to the
// heading. Both are 0 for other paragraphs.
func countHeadingBounds(doc *parser.Document, p *parser.Paragraph) (markerEnd, headingEnd int) {
	if p.Role != parser.RoleHeading || p.Heading < 0 || p.Heading >= len(doc.Headings) {
		return 0, 0
	}
	h := doc.Headings[p.Heading]
	if h.Marker != "" {
		if k := strings.Index(p.Text, h.Marker); k >= 0 {
			markerEnd = k + len(h.Marker)
		}
	}
	headingEnd = markerEnd + len(h.Text)
	if k := strings.Index(p.Text[markerEnd:], h.Text); h.Text != "" && k >= 0 {
		headingEnd = markerEnd + k + len(h.Text)
	}
	return markerEnd, min(headingEnd, len(p.Text))
}

// countMayAnnounce reports whether a count can announce the list that
// follows it. Announcements are written in Chinese numerals (以下五个方面,
// 三项工作) or count list items (5个方面, 3项工作); an Arabic numeral with a
// measure word of things (12家, 860名, 3个工作日) is a quantity.
func countMayAnnounce(ph countPhrase) bool {
	return ph.chinese || countCollective[ph.classifier] && ph.classifier != "个"
}
