package parser

import (
	"strings"
	"testing"

	"github.com/gwlint/gwlint/parser/source"
)

// page returns a page-long line of prose (about 160 characters) that stops
// in mid-sentence.
func page(n int) string {
	return strings.Repeat("县总工会团结动员广大职工建功立业，", 10) + "在全县掀起了劳动竞赛的新高潮和" + strings.Repeat("比", n%2)
}

func TestNumberedPageLines(t *testing.T) {
	text := "1、" + page(1) + "\n2、" + page(2) + "\n3、，" + page(3) + "。\n"
	doc := buildText(t, text)
	if len(doc.PageMarkers) != 3 {
		t.Fatalf("got %d page markers, want 3", len(doc.PageMarkers))
	}
	for i, m := range doc.PageMarkers {
		if m.Start.Line != i+1 || m.Start.Column != 1 || text[m.Start.Offset:m.End.Offset] != string(rune('1'+i))+"、" {
			t.Errorf("marker %d = %q at %d:%d", i, text[m.Start.Offset:m.End.Offset], m.Start.Line, m.Start.Column)
		}
	}
	if len(doc.Headings) != 0 {
		t.Errorf("page numbers became headings: %q", headingTexts(doc))
	}
	if len(doc.Paragraphs) != 1 || len(doc.Paragraphs[0].Breaks) != 2 {
		t.Fatalf("want one paragraph joined across both page breaks, got %d paragraphs", len(doc.Paragraphs))
	}
	if strings.Contains(doc.Paragraphs[0].Text, "、，") || strings.Contains(doc.Paragraphs[0].Text, "2、") {
		t.Errorf("page marker left in the text: %q", doc.Paragraphs[0].Text)
	}
}

// A numbered list whose items end with 。 is a list, however long the
// items, and short numbered headings are headings.
func TestNumberedListIsNotPages(t *testing.T) {
	item := strings.Repeat("县总工会团结动员广大职工建功立业，", 10) + "取得了明显成效。"
	for _, text := range []string{
		"工作总结\n1、" + item + "\n2、" + item + "\n3、" + item + "\n",
		"工作总结\n1、加强组织领导\n2、完善工作机制\n3、强化督促检查\n",
	} {
		doc := buildText(t, text)
		if len(doc.PageMarkers) != 0 {
			t.Errorf("list taken for pages: %d markers", len(doc.PageMarkers))
		}
		if len(doc.Headings) != 3 {
			t.Errorf("got %d headings, want the 3 list items", len(doc.Headings))
		}
	}
}

func TestPageNumberLines(t *testing.T) {
	lines := []string{"— 2 —", "- 3 -", "-4-", "第5页 共9页", "第 6 页", "共9页 第7页", "Page 8 of 9", "8/9", "12"}
	for _, l := range lines {
		text := "工作总结\n全年新建基层工会组织十四家，新发展会员六百八十余人，建成\n" + l + "\n职工服务站点九个。\n"
		doc := buildText(t, text)
		if len(doc.PageMarkers) != 1 || text[doc.PageMarkers[0].Start.Offset:doc.PageMarkers[0].End.Offset] != l {
			t.Errorf("%q: page markers %+v", l, doc.PageMarkers)
			continue
		}
		// The sentence the page break cut is joined again.
		if got := doc.Paragraphs[1].Text; got != "全年新建基层工会组织十四家，新发展会员六百八十余人，建成职工服务站点九个。" {
			t.Errorf("%q: paragraph = %q", l, got)
		}
	}
	for _, l := range []string{"2023年12月", "— 总结 —", "第二页内容"} {
		doc := buildText(t, "工作总结\n正文。\n"+l+"\n正文。\n")
		if len(doc.PageMarkers) != 0 {
			t.Errorf("%q taken for a page number", l)
		}
	}
}

// A page line that holds nothing but its number records the marker and
// makes no paragraph.
func TestEmptyPageLine(t *testing.T) {
	text := "1、" + page(1) + "\n2、\n3、" + page(3) + "\n"
	doc := buildText(t, text)
	if len(doc.PageMarkers) != 3 {
		t.Fatalf("got %d page markers, want 3", len(doc.PageMarkers))
	}
	for _, p := range doc.Paragraphs {
		if p.Text == "" {
			t.Errorf("empty paragraph %d", p.Index)
		}
	}
}

// TestPageLineStartsAgreeWithThePattern: the first- and last-character
// tests in front of pageLinePattern never reject a line it matches.
func TestPageLineStartsAgreeWithThePattern(t *testing.T) {
	lines := []string{
		"— 2 —", "-12-", "–3–", "－4－", "~5~", "～6～", "第2页", "第 2 页 共 5 页", "共5页，第2页",
		"Page 2 of 5", "page 3", "PAGE 4/9", "2/5", "12", "0", "一、总体情况", "2023年工作总结", "Page",
		"第二章", "共青团工作", "pages 3", "", " 2", "\u3000第2页", "\xff2", "2 ", "第2页\xff", "2023年工作总结2",
	}
	for _, line := range lines {
		u := &unit{kind: source.Line, text: line}
		if got, want := isPageLine(u), pageLinePattern.MatchString(line); got != want {
			t.Errorf("isPageLine(%q) = %v, pattern says %v", line, got, want)
		}
	}
}
