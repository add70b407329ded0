package numbers

import (
	"fmt"
	"slices"
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
	"github.com/gwlint/gwlint/parser"
)

// followingSiblingsByScan is the plain definition countSiblingIndex
// answers from its index: from heading h on, stop at the first heading at
// a lower level and keep those at h's level under h's parent.
func followingSiblingsByScan(doc *parser.Document, h int) []int {
	first := doc.Headings[h]
	var out []int
	for _, x := range doc.Headings[h:] {
		if x == nil {
			continue
		}
		if x.Level < first.Level {
			break
		}
		if x.Level == first.Level && x.Parent == first.Parent {
			out = append(out, x.Index)
		}
	}
	return out
}

// TestCountSiblingIndexAgreesWithScan checks the index against the scan
// for every heading of the clean corpus, the reference documents and
// hand-made outlines with skipped and irregular levels.
func TestCountSiblingIndexAgreesWithScan(t *testing.T) {
	docs := numbersCleanDocs(t)
	for i, text := range []string{
		"标题\n一、甲\n（一）子\n1．孙\n（二）子\n二、乙\n1．孙\n三、丙\n（一）子",
		"标题\n一、甲\n1．跳过一级\n（一）回到第二级\n2．第三级\n二、乙",
		"标题\n（一）先出现的下级\n一、上级\n（二）又一个下级\n二、上级",
		"标题\n正文一段。\n一、只有一个",
	} {
		docs[fmt.Sprint("outline ", i)] = factstest.ParseText(t, text)
	}
	for name, doc := range docs {
		checkSiblingIndex(t, name, doc)
	}
}

// TestCountSiblingIndexAgreesOnSeeds is the same check on the reference
// documents, when they are present.
func TestCountSiblingIndexAgreesOnSeeds(t *testing.T) {
	for _, s := range numbersSeeds(t) {
		checkSiblingIndex(t, s.name, s.doc)
	}
}

func checkSiblingIndex(t *testing.T, name string, doc *parser.Document) {
	t.Helper()
	idx := newCountSiblingIndex(doc)
	for h := range doc.Headings {
		want := followingSiblingsByScan(doc, h)
		if got := idx.following(doc, h); !slices.Equal(got, want) {
			t.Errorf("%s: heading %d: index gives %v, scan %v", name, h, got, want)
		}
	}
}

// TestCountsHeadingItemsStopPastCount checks that a count introducing
// many headings keeps one item past its count but still counts them all.
func TestCountsHeadingItemsStopPastCount(t *testing.T) {
	text := "标题\n全年重点做好以下两个方面的工作。\n一、甲\n正文。\n二、乙\n正文。\n三、丙\n正文。\n四、丁\n正文。\n五、戊\n正文。"
	cs := countsOf(t, text)
	if len(cs) != 1 || cs[0].Source != "headings" {
		t.Fatalf("got %+v", cs)
	}
	if cs[0].Found != 5 || len(cs[0].Items) != 3 || cs[0].Items[2].Text != "三、丙" {
		t.Errorf("found %d, items %s", cs[0].Found, countSummary(cs[0]))
	}
}
