package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/parser/source"
)

// outline lists headings as "level:marker+text".
func outline(doc *Document) []string {
	out := make([]string, len(doc.Headings))
	for i, h := range doc.Headings {
		out[i] = fmt.Sprintf("%d:%s%s", h.Level, h.Marker, h.Text)
	}
	return out
}

func TestLevelsFollowFamilyOrder(t *testing.T) {
	text := "工作总结\n一、甲\n正文。\n1、乙\n正文。\n二、丙\n（一）丁\n正文。\n1、戊\n正文。\n（二）己\n正文。\n三、庚\n正文。\n"
	doc := buildText(t, text)
	want := []string{"1:一、甲", "2:1、乙", "1:二、丙", "2:（一）丁", "3:1、戊", "2:（二）己", "1:三、庚"}
	if got := outline(doc); !slices.Equal(got, want) {
		t.Errorf("outline = %q, want %q", got, want)
	}
}

// markupSource builds a Source of markup blocks; level 0 is a paragraph.
func markupSource(blocks ...any) *source.Source {
	src := &source.Source{}
	var text strings.Builder
	for i := 0; i < len(blocks); i += 2 {
		level, t := blocks[i].(int), blocks[i+1].(string)
		start := text.Len()
		text.WriteString(t)
		b := source.Block{Kind: source.Paragraph, Segments: []source.Segment{{Start: start, End: text.Len(), Text: t}}}
		if level > 0 {
			b.Kind, b.Level = source.Heading, level
		}
		src.Blocks = append(src.Blocks, b)
		text.WriteString("\n")
	}
	src.Text = text.String()
	return src
}

// Markup levels order headings: an unnumbered ## closes the numbered ##
// before it, and a ### without a marker nests under it.
func TestLevelsFromMarkup(t *testing.T) {
	src := markupSource(
		1, "县总工会2023年工作总结",
		2, "一、主要工作",
		3, "（一）劳动竞赛",
		0, "全年组织劳动竞赛十二场，参赛职工三千余人。",
		3, "职工服务",
		0, "建成职工服务站点九个。",
		2, "存在的问题",
		0, "服务新就业形态劳动者还有差距。",
		2, "二、下一步打算",
	)
	doc := Build(src, "md")
	checkInvariants(t, doc)
	if doc.Title == nil || doc.Title.Text != "县总工会2023年工作总结" {
		t.Fatalf("title = %+v", doc.Title)
	}
	want := []string{"1:一、主要工作", "2:（一）劳动竞赛", "2:职工服务", "1:存在的问题", "1:二、下一步打算"}
	if got := outline(doc); !slices.Equal(got, want) {
		t.Errorf("outline = %q, want %q", got, want)
	}
	for _, h := range doc.Headings {
		if !h.FromMarkup {
			t.Errorf("%q not marked FromMarkup", h.Text)
		}
		if h.Unnumbered != (h.Marker == "") {
			t.Errorf("%q: Unnumbered = %v", h.Text, h.Unnumbered)
		}
	}
}

// Unnumbered heading lines take the level of the numbered siblings they
// follow (002), and open a level right under their parent's line.
func TestUnnumberedHeadingLevels(t *testing.T) {
	body := "镇工会召开班子会议，建立评议工作小组，并将会员评家纳入工会标准化考核。"
	text := "自查报告\n" +
		"一、主要做法\n领导高度重视,精心安排部署。\n" + body + "\n召开会员评家民主测评会。\n" + body + "\n" +
		"二、主要成效\n（一）工会建家工作成效显著。\n" + body + "\n（二）会员主体作用充分发挥。\n" + body + "\n" +
		"发挥工会“大学校”作用,不断提升职工素质。\n" + body + "\n关心职工生活,解决实际难题。\n" + body + "\n" +
		"三、存在问题\n" + body + "\n"
	doc := buildText(t, text)
	want := []string{
		"1:一、主要做法", "2:领导高度重视,精心安排部署。", "2:召开会员评家民主测评会。",
		"1:二、主要成效", "2:（一）工会建家工作成效显著。", "2:（二）会员主体作用充分发挥。",
		"2:发挥工会“大学校”作用,不断提升职工素质。", "2:关心职工生活,解决实际难题。",
		"1:三、存在问题",
	}
	if got := outline(doc); !slices.Equal(got, want) {
		t.Errorf("outline =\n%q\nwant\n%q", got, want)
	}
	for _, h := range doc.Headings[6:8] {
		if p := doc.Headings[h.Parent]; p.Marker != "二、" {
			t.Errorf("%q has parent %q, want 二、", h.Text, p.Marker+p.Text)
		}
	}
	// Sections: 二、 holds its own paragraph and the four sub-sections.
	sec := doc.Sections[3]
	if len(sec.Children) != 4 || sec.Path[0] != "二、主要成效" {
		t.Errorf("section 二、: children %v path %q", sec.Children, sec.Path)
	}
	if got := doc.Sections[sec.Children[2]].Path; !slices.Equal(got, []string{"二、主要成效", "发挥工会“大学校”作用,不断提升职工素质。"}) {
		t.Errorf("path = %q", got)
	}
}
