package htmltext

import (
	"errors"
	"slices"
	"testing"

	"github.com/gwlint/gwlint/parser/internal/readertest"
	"github.com/gwlint/gwlint/parser/source"
)

func TestReadBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"whitespace collapses to one space", "<p> a \n\t b  c </p>", []string{"paragraph/0: a b c"}},
		{"line break inside Chinese text is dropped", "<p>工作\n  总结</p>", []string{"paragraph/0: 工作总结"}},
		{"CRLF inside Chinese text is dropped", "<p>工作\r\n总结</p>", []string{"paragraph/0: 工作总结"}},
		{"line break between Chinese and digits is dropped", "<p>完成\n2024年目标</p>", []string{"paragraph/0: 完成2024年目标"}},
		{"typed spaces between Chinese are kept", "<p>工作  总结</p>", []string{"paragraph/0: 工作 总结"}},
		{"line break between Latin words is a space", "<p>trade\nunion</p>", []string{"paragraph/0: trade union"}},
		{"ideographic space and NBSP are text", "<p>\u3000\u3000正文&nbsp;&nbsp;完</p>", []string{"paragraph/0: \u3000\u3000正文\u00a0\u00a0完"}},
		{"character references decode", "<p>A&amp;B&#12345;&#x4e00;&lt;&nbsp</p>", []string{"paragraph/0: A&B\u3039一<\u00a0"}},
		{"references to whitespace collapse", "<p>a&#32;&#10; b&#9;</p>", []string{"paragraph/0: a b"}},
		{"longest legacy prefix", "<p>&notit;</p>", []string{"paragraph/0: ¬it;"}},
		{"bare ampersand and less-than stay", "<p>A & B < C &#; &zz;</p>", []string{"paragraph/0: A & B < C &#; &zz;"}},
		{"inline tags do not split", "<p>工<b>作</b><span lang=EN-US>总</span>结</p>", []string{"paragraph/0: 工作总结"}},
		{"space across inline tags collapses", "<p>a <b> b</b></p>", []string{"paragraph/0: a b"}},
		{"br ends a block", "<p>一是<br>二是<br/>三是</p>", []string{"paragraph/0: 一是", "paragraph/0: 二是", "paragraph/0: 三是"}},
		{"headings carry their level", "<h1>总结</h1><h3>一、情况</h3>", []string{"heading/1: 总结", "heading/3: 一、情况"}},
		{"unclosed paragraphs", "<p>甲<p>乙<div>丙</div>丁", []string{"paragraph/0: 甲", "paragraph/0: 乙", "paragraph/0: 丙", "paragraph/0: 丁"}},
		{"stray end tags", "</p>甲</div></li>乙", []string{"paragraph/0: 甲", "paragraph/0: 乙"}},
		{"bullet list levels", "<ul><li>甲<ul><li>乙</li></ul></li><li>丙</ul>", []string{"list_item/1: 甲", "list_item/2: 乙", "list_item/1: 丙"}},
		{"unclosed items stay siblings", "<ul><li>甲<li>乙<li>丙</ul>", []string{"list_item/1: 甲", "list_item/1: 乙", "list_item/1: 丙"}},
		{"ordered list renders counters", "<ol><li>甲<li>乙<ol type=a><li>丙</ol><li>丁</ol>", []string{"list_item/1[2]: 1.甲", "list_item/1[2]: 2.乙", "list_item/2[2]: a.丙", "list_item/1[2]: 3.丁"}},
		{"start, value and roman type", "<ol start=4 type=I><li>甲<li value=9>乙<li>丙</ol>", []string{"list_item/1[3]: IV.甲", "list_item/1[3]: IX.乙", "list_item/1[2]: X.丙"}},
		{"list-style none shows no counter", "<ol style='list-style-type: none'><li>一、甲</ol><ol><li style='list-style:none'>二、乙</ol>", []string{"list_item/1: 一、甲", "list_item/1: 二、乙"}},
		{"reversed list shows no counter", "<ol reversed><li>甲</ol>", []string{"list_item/1: 甲"}},
		{"later blocks of an item are paragraphs", "<ol><li><p>甲</p><p>乙</p></li></ol>", []string{"list_item/1[2]: 1.甲", "paragraph/0: 乙"}},
		{"table cells", "<table><caption>表1</caption><tr><th>项目<th>数量<tr><td><p>培训</p><td>12</table>", []string{"paragraph/0: 表1", "table_cell/0: 项目", "table_cell/0: 数量", "table_cell/0: 培训", "table_cell/0: 12"}},
		{"hidden elements", "<script>var a='<p>x</p>';</script><style>p{}</style><noscript>请启用</noscript><template><p>模板</p></template><svg><text>图</text><svg></svg>图</svg><object>对象</object><p>正文</p>", []string{"paragraph/0: 正文"}},
		{"head is not visible", "<html><head><title>标题</title><meta charset=utf-8></head><body><p>正文</p></body></html>", []string{"paragraph/0: 正文"}},
		{"body tag starts an implied body", "<head><title>标题</title><body>正文", []string{"paragraph/0: 正文"}},
		{"text in head starts the body", "<head><title>标题</title>正文", []string{"paragraph/0: 正文"}},
		{"head after the body has begun is ignored", "<p>正文一</p><head><p>正文二</p>", []string{"paragraph/0: 正文一", "paragraph/0: 正文二"}},
		{"head elements before a head tag", "<meta charset=utf-8><title>标题</title><p>正文</p>", []string{"paragraph/0: 正文"}},
		{"fragment without body", "正文一<p>正文二", []string{"paragraph/0: 正文一", "paragraph/0: 正文二"}},
		{"empty blocks produce nothing", "<p> </p><p>&nbsp;</p><p><o:p>&nbsp;</o:p></p><p>\u3000</p>", nil},
		{"pre keeps whitespace and splits lines", "<pre>\n  一、甲\n\n\t乙  丙\r\n</pre>", []string{"paragraph/0:   一、甲", "paragraph/0: \t乙  丙"}},
		{"xmp shows references raw", "<xmp>&amp;</xmp>", []string{"paragraph/0: &amp;"}},
		{"Word list label in conditional comment is kept", "<p class=MsoListParagraph><![if !supportLists]><span>一、</span><![endif]><span>主要工作</span></p>", []string{"paragraph/0: 一、主要工作"}},
		{"processing instruction is dropped", "<p><?xml:namespace prefix = o ns = \"urn:schemas-microsoft-com:office:office\" />正文<o:p></o:p></p>", []string{"paragraph/0: 正文"}},
		{"astral characters", "<p>𠀋字\n𠀋</p>", []string{"paragraph/0: 𠀋字𠀋"}},
		{"unclosed tag at end of input", "<p>正文<span", []string{"paragraph/0: 正文"}},
		{"unclosed comment hides the rest", "<p>正文<!-- 注释<p>不显示", []string{"paragraph/0: 正文"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := htmlReader.Checked(t, tt.in)
			readertest.WantBlocks(t, src, tt.want)
		})
	}
}

func TestReadSegmentOffsets(t *testing.T) {
	in := "<p>工作\n总结&nbsp;a  b</p>"
	src := htmlReader.Checked(t, in)
	want := []source.Segment{
		{Start: 3, End: 9, Text: "工作"},
		{Start: 10, End: 16, Text: "总结"},
		{Start: 16, End: 22, Text: "\u00a0"},
		{Start: 22, End: 23, Text: "a"},
		{Start: 23, End: 25, Text: " "},
		{Start: 25, End: 26, Text: "b"},
	}
	if len(src.Blocks) != 1 || !slices.Equal(src.Blocks[0].Segments, want) {
		t.Fatalf("segments:\n got %+v\nwant %+v", src.Blocks, want)
	}
}

func TestReadLabelIsZeroWidth(t *testing.T) {
	in := "<ol><li>甲</li></ol>"
	src := htmlReader.Checked(t, in)
	got := src.Blocks[0].Segments[0]
	if want := (source.Segment{Start: 8, End: 8, Text: "1."}); got != want {
		t.Errorf("label segment = %+v, want %+v", got, want)
	}
}

func TestReadComments(t *testing.T) {
	in := "<p>甲</p><!-- gwlint-disable-next-line placeholder/unfilled -- 原件如此 --><p>乙</p><!--><?pi?><!x><!--[if gte mso 9]><xml></xml><![endif]-->"
	src := htmlReader.Checked(t, in)
	directive := "<!-- gwlint-disable-next-line placeholder/unfilled -- 原件如此 -->"
	start := len("<p>甲</p>")
	want := []source.Comment{
		{Start: start, End: start + len(directive), Text: " gwlint-disable-next-line placeholder/unfilled -- 原件如此 ", AnchorStart: -1, AnchorEnd: -1},
	}
	if len(src.Comments) != 3 || src.Comments[0] != want[0] {
		t.Fatalf("comments = %+v, want first %+v and 3 in all", src.Comments, want[0])
	}
	if src.Comments[1].Text != "" || src.Comments[2].Text != "[if gte mso 9]><xml></xml><![endif]" {
		t.Errorf("empty and conditional comments = %+v", src.Comments[1:])
	}
}

func TestReadRejectsInvalidUTF8(t *testing.T) {
	if _, err := Read("<p>\xff</p>"); !errors.Is(err, ErrInvalidUTF8) {
		t.Errorf("err = %v, want ErrInvalidUTF8", err)
	}
}
