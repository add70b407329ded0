package headings

import (
	"strings"
	"testing"

	"github.com/gwlint/gwlint/parser"
)

// writtenCase is a document of filler paragraphs with a few texts placed
// at given paragraphs, a parent heading, and two headings of one series:
// the previous sibling and the heading under test.
type writtenCase struct {
	name     string
	texts    map[int]string // paragraph -> text; others are filler
	parent   int            // paragraph of the parent heading, -1 for none
	previous int            // paragraph of the previous sibling, -1 for none
	heading  int            // paragraph of the heading under test
	ordinal  int            // its ordinal
	expected int            // the ordinal its series calls for
	marker   string         // ExpectedMarker
	between  bool           // want ExpectedWrittenBetween
	before   bool           // want ExpectedWrittenBefore
}

const writtenFiller = "全面加强职工之家建设，组织开展劳动竞赛和技能比武活动。"

// writtenOutline builds the document and slots of a case: heading 0 is the
// parent (when there is one), then the previous sibling, then the heading
// under test, which is the last heading.
func writtenOutline(c writtenCase) (*parser.Document, []HeadingSlot) {
	doc := &parser.Document{}
	for i := 0; i <= c.heading; i++ {
		text, ok := c.texts[i]
		if !ok {
			text = writtenFiller
		}
		doc.Paragraphs = append(doc.Paragraphs, &parser.Paragraph{Index: i, Text: text})
	}
	group := -1
	if c.parent >= 0 {
		group = len(doc.Headings)
		doc.Headings = append(doc.Headings, &parser.Heading{Index: group, Paragraph: c.parent})
	}
	previous := -1
	if c.previous >= 0 {
		previous = len(doc.Headings)
		doc.Headings = append(doc.Headings, &parser.Heading{Index: previous, Paragraph: c.previous, Ordinal: c.expected - 1})
	}
	doc.Headings = append(doc.Headings, &parser.Heading{Index: len(doc.Headings), Paragraph: c.heading, Ordinal: c.ordinal})
	slots := make([]HeadingSlot, len(doc.Headings))
	for i := range slots {
		slots[i] = HeadingSlot{Heading: i, Group: -1, Previous: -1, Next: -1, Expected: 1}
	}
	slots[len(slots)-1] = HeadingSlot{
		Heading: len(slots) - 1, Group: group, Previous: previous, Next: -1,
		Expected: c.expected, ExpectedMarker: c.marker,
	}
	if previous >= 0 {
		slots[previous].Group = group
	}
	return doc, slots
}

func TestExpectedWritten(t *testing.T) {
	tests := []writtenCase{
		// A gap: the missing heading starts a paragraph between the siblings.
		{name: "gap, marker starts a paragraph between", texts: map[int]string{5: "三、下一步工作打算，" + writtenFiller},
			parent: -1, previous: 2, heading: 8, ordinal: 4, expected: 3, marker: "三、", between: true},
		{name: "gap, marker inside a paragraph only", texts: map[int]string{5: "我们要做好" + "三、" + writtenFiller},
			parent: -1, previous: 2, heading: 8, ordinal: 4, expected: 3, marker: "三、"},
		{name: "gap, marker on the previous sibling's own line", texts: map[int]string{2: "三、存在的问题"},
			parent: -1, previous: 2, heading: 8, ordinal: 4, expected: 3, marker: "三、"},
		{name: "gap, marker on the heading's own line", texts: map[int]string{8: "三、四、工作要求"},
			parent: -1, previous: 2, heading: 8, ordinal: 4, expected: 3, marker: "三、"},
		{name: "gap, marker 30 paragraphs back", texts: map[int]string{10: "三、" + writtenFiller},
			parent: -1, previous: 2, heading: 40, ordinal: 4, expected: 3, marker: "三、", between: true},
		{name: "gap, marker 31 paragraphs back", texts: map[int]string{9: "三、" + writtenFiller},
			parent: -1, previous: 2, heading: 40, ordinal: 4, expected: 3, marker: "三、"},
		{name: "gap, no expected marker", texts: map[int]string{5: "三、" + writtenFiller},
			parent: -1, previous: 2, heading: 8, ordinal: 4, expected: 3, marker: ""},
		{name: "repeat is no gap", texts: map[int]string{5: "三、" + writtenFiller},
			parent: -1, previous: 2, heading: 8, ordinal: 2, expected: 3, marker: "三、"},
		// A late start: the first item is run into an earlier paragraph.
		{name: "late start, first item run in", texts: map[int]string{3: "措施如下：1、加强组织领导。"},
			parent: 1, previous: -1, heading: 4, ordinal: 2, expected: 1, marker: "1、", before: true},
		{name: "late start, marker on the parent heading's line", texts: map[int]string{1: "1、主要工作"},
			parent: 1, previous: -1, heading: 4, ordinal: 2, expected: 1, marker: "1、"},
		{name: "late start at the top, first paragraph counts", texts: map[int]string{0: "报告如下：1、基本情况。"},
			parent: -1, previous: -1, heading: 4, ordinal: 2, expected: 1, marker: "1、", before: true},
		{name: "late start, marker 30 paragraphs back", texts: map[int]string{10: "如下：1、" + writtenFiller},
			parent: -1, previous: -1, heading: 40, ordinal: 2, expected: 1, marker: "1、", before: true},
		{name: "late start, marker 31 paragraphs back", texts: map[int]string{9: "如下：1、" + writtenFiller},
			parent: -1, previous: -1, heading: 40, ordinal: 2, expected: 1, marker: "1、"},
		{name: "late start, marker nowhere", texts: map[int]string{},
			parent: 1, previous: -1, heading: 6, ordinal: 2, expected: 1, marker: "1、"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, slots := writtenOutline(tt)
			last := len(slots) - 1
			// Every heading is passed as out of sequence: the ones in
			// sequence must be left alone by the ordinal check itself.
			all := make([]int, len(slots))
			for i := range all {
				all[i] = i
			}
			markExpectedWritten(doc, slots, all)
			s := slots[last]
			if s.ExpectedWrittenBetween != tt.between || s.ExpectedWrittenBefore != tt.before {
				t.Errorf("between %v before %v, want %v %v", s.ExpectedWrittenBetween, s.ExpectedWrittenBefore, tt.between, tt.before)
			}
			for i := range last {
				if slots[i].ExpectedWrittenBetween || slots[i].ExpectedWrittenBefore {
					t.Errorf("heading %d in sequence was marked: %+v", i, slots[i])
				}
			}
		})
	}
}

// TestExpectedWrittenFromParsedDocument runs the extractor end to end: a
// series 2、3、 whose 1、 was run into the line before it.
func TestExpectedWrittenFromParsedDocument(t *testing.T) {
	hs, n := headingFacts(t,
		"镇总工会工作总结",
		"主要措施如下：1、加强组织领导，明确责任分工。", "2、完善工作制度", headingBody, "3、强化督促检查", headingBody,
	)
	if s := headingSlotOf(t, hs, n, "2、"); !s.ExpectedWrittenBefore || s.ExpectedWrittenBetween {
		t.Errorf("2、 after a run-in 1、: %+v", s)
	}
	if s := headingSlotOf(t, hs, n, "3、"); s.ExpectedWrittenBefore || s.ExpectedWrittenBetween {
		t.Errorf("3、 in sequence: %+v", s)
	}
	_, n = headingFacts(t, "镇总工会工作总结", "二、存在的问题", headingBody, "三、下一步打算", strings.Repeat(headingBody, 2))
	if s := n.Slots[0]; s.ExpectedWrittenBefore {
		t.Errorf("二、 with no 一、 anywhere: %+v", s)
	}
}
