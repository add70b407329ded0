package markdown

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
		// Blocks.
		{"paragraph lines join without spaces", "今年以来，\n  我们坚持  \n\t围绕中心。\n", []string{"paragraph/0: 今年以来，我们坚持围绕中心。"}},
		{"blank line separates paragraphs", "甲\n\n乙\r\n   \r\n丙", []string{"paragraph/0: 甲", "paragraph/0: 乙", "paragraph/0: 丙"}},
		{"ideographic indentation is text", "　　今年以来", []string{"paragraph/0: 　　今年以来"}},
		{"four-space indentation is not code", "    一、工作情况\n\n        （一）强化引领", []string{"paragraph/0: 一、工作情况", "paragraph/0: （一）强化引领"}},
		{"ATX headings", "# 总结\n## 一、情况 ##\n###### 六级\n####### 七个\n#无空格", []string{"heading/1: 总结", "heading/2: 一、情况", "heading/6: 六级", "paragraph/0: ####### 七个#无空格"}},
		{"closing hashes need a space", "## C# 语言#", []string{"heading/2: C# 语言#"}},
		{"setext headings", "总结\n===\n\n一、情况\n---\n", []string{"heading/1: 总结", "heading/2: 一、情况"}},
		{"setext needs paragraph text", "===\n", []string{"paragraph/0: ==="}},
		{"thematic breaks", "甲\n\n***\n- - -\n___\n乙", []string{"paragraph/0: 甲", "paragraph/0: 乙"}},
		{"bullet markers are dropped", "- 甲\n* 乙\n+ 丙", []string{"list_item/1: 甲", "list_item/1: 乙", "list_item/1: 丙"}},
		{"ordered markers are kept", "1. 甲\n2) 乙\n10. 丙", []string{"list_item/1: 1. 甲", "list_item/1: 2) 乙", "list_item/1: 10. 丙"}},
		{"nesting by indentation", "- 甲\n  - 乙\n    1. 丙\n  - 丁\n- 戊", []string{"list_item/1: 甲", "list_item/2: 乙", "list_item/3: 1. 丙", "list_item/2: 丁", "list_item/1: 戊"}},
		{"marker needs a space", "-甲\n1.乙\n+86 电话", []string{"paragraph/0: -甲1.乙+86 电话"}},
		{"a list interrupts a paragraph", "主要工作：\n1. 甲\n2. 乙", []string{"paragraph/0: 主要工作：", "list_item/1: 1. 甲", "list_item/1: 2. 乙"}},
		{"item continuation lines", "- 甲\n继续\n\n  第二段\n\n正文", []string{"list_item/1: 甲继续", "paragraph/0: 第二段", "paragraph/0: 正文"}},
		{"blockquotes", "> 引用\n> 续\n>\n> > 嵌套\n懒续", []string{"paragraph/0: 引用续", "paragraph/0: 嵌套懒续"}},
		{"heading and list in a quote", "> # 标题\n> - 甲", []string{"heading/1: 标题", "list_item/1: 甲"}},
		{"GFM table", "| 项目 | 数量 |\n| :--- | ---: |\n| 培训 | 12 |\n| 慰问 | \\| 3 |\n\n后文", []string{"table_cell/0: 项目", "table_cell/0: 数量", "table_cell/0: 培训", "table_cell/0: 12", "table_cell/0: 慰问", "table_cell/0: | 3", "paragraph/0: 后文"}},
		{"table without outer pipes, after text", "说明\na | b\n--|--\n1 | 2", []string{"paragraph/0: 说明", "table_cell/0: a", "table_cell/0: b", "table_cell/0: 1", "table_cell/0: 2"}},
		{"not a table when cells differ", "a | b\n---\n", []string{"heading/2: a | b"}},
		{"YAML front matter", "---\ntitle: 总结\n---\n正文", []string{"paragraph/0: 正文"}},
		{"TOML front matter", "+++\ntitle = \"总结\"\n+++\n正文", []string{"paragraph/0: 正文"}},
		{"unclosed front matter is not front matter", "---\n正文", []string{"paragraph/0: 正文"}},
		{"fenced code", "甲\n```go\nfmt.Println()\n```\n~~~~\n~~~\n代码\n~~~~\n乙", []string{"paragraph/0: 甲", "paragraph/0: 乙"}},
		{"unclosed fence runs to the end", "甲\n```\n代码", []string{"paragraph/0: 甲"}},
		{"backticks with backticks after are not a fence", "``` a ` b", []string{"paragraph/0: ``` a ` b"}},
		{"fence in a quote ends with the quote", "> ```\n> 代码\n正文", []string{"paragraph/0: 正文"}},
		{"script and style blocks", "<style type=\"text/css\">\np { color: red }\n</STYLE>\n正文\n<script>var a = 1;</script>\n后文", []string{"paragraph/0: 正文", "paragraph/0: 后文"}},
		{"tag-only lines", "<div align=\"center\">\n标题\n</div>\n<p>正文</p>", []string{"paragraph/0: 标题", "paragraph/0: 正文"}},
		{"link reference definitions", "见[通知][1]和[附件]。\n\n[1]: http://example.com \"通知\"\n[附件]: <file.doc>", []string{"paragraph/0: 见通知和附件。"}},
		{"empty blocks produce nothing", "- \n#\n> \n<b></b>", nil},

		// Inline markup.
		{"emphasis", "今年**重点**工作，__好__，~~删~~。Also *italic* and ***both***", []string{"paragraph/0: 今年重点工作，好，删。Also italic and both"}},
		{"single star next to Chinese makes template text", "今年**重点**工作*很*多", []string{"paragraph/0: 今年**重点**工作*很*多"}},
		{"paired placeholders stay", "組長由黨組書記***擔任,副組長由副主席***擔任", []string{"paragraph/0: 組長由黨組書記***擔任,副組長由副主席***擔任"}},
		{"a unit placeholder makes the block template text", "由**单位和**同志负责，\n共**人参加", []string{"paragraph/0: 由**单位和**同志负责，共**人参加"}},
		{"emphasis across lines", "**重点\n工作**", []string{"paragraph/0: 重点工作"}},
		{"emphasis around Chinese punctuation", "**“三个一”**工程", []string{"paragraph/0: “三个一”工程"}},
		{"placeholders survive", "***年\n共**人参加，其中**人获奖\n****年*月**日\n__年__月", []string{"paragraph/0: ***年共**人参加，其中**人获奖****年*月**日__年__月"}},
		{"unmatched and long runs are text", "a * b ** c ~d~ ****粗****", []string{"paragraph/0: a * b ** c ~d~ ****粗****"}},
		{"underscores inside words", "snake_case_name 和 姓名____", []string{"paragraph/0: snake_case_name 和 姓名____"}},
		{"inline code keeps its content", "用 `go vet` 和 `` a`b `` 检查", []string{"paragraph/0: 用 go vet 和 a`b 检查"}},
		{"code hides markup", "`**不是粗体**`", []string{"paragraph/0: **不是粗体**"}},
		{"links show their text", "[**市总工会**](http://example.com/a_(b) \"标题\")网站", []string{"paragraph/0: 市总工会网站"}},
		{"not a link", "[注] 见(附件)和[说明](有 空格)", []string{"paragraph/0: [注] 见(附件)和[说明](有 空格)"}},
		{"images show nothing", "图![示意图](a.png)如下", []string{"paragraph/0: 图如下"}},
		{"autolinks show the address", "<http://example.com/x> 与 <gh@example.com>", []string{"paragraph/0: http://example.com/x 与 gh@example.com"}},
		{"inline HTML is dropped", "一<span style=\"color:red\">二</span>三<br/>四 1 < 2", []string{"paragraph/0: 一二三四 1 < 2"}},
		{"backslash escapes", "\\*\\*年\\_\\[注\\] \\中", []string{"paragraph/0: **年_[注] \\中"}},
		{"hard break backslash", "甲\\\n乙\\", []string{"paragraph/0: 甲乙\\"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := markdownReader.Checked(t, tt.in)
			readertest.WantBlocks(t, src, tt.want)
		})
	}
}

func TestReadSegments(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []source.Segment
	}{
		{"one segment per line, breaks uncovered", "工作\r\n总结", []source.Segment{{Start: 0, End: 6, Text: "工作"}, {Start: 8, End: 14, Text: "总结"}}},
		{"markup bytes are skipped", "a**𠀋**b", []source.Segment{{Start: 0, End: 1, Text: "a"}, {Start: 3, End: 7, Text: "𠀋"}, {Start: 9, End: 10, Text: "b"}}},
		{"ordered marker starts the segment", "  1. 甲", []source.Segment{{Start: 2, End: 8, Text: "1. 甲"}}},
		{"heading text only", "## 标题 ##", []source.Segment{{Start: 3, End: 9, Text: "标题"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := markdownReader.Checked(t, tt.in)
			if len(src.Blocks) != 1 || !slices.Equal(src.Blocks[0].Segments, tt.want) {
				t.Errorf("blocks = %+v, want one with %+v", src.Blocks, tt.want)
			}
		})
	}
}

func TestReadComments(t *testing.T) {
	tests := []struct {
		name         string
		in           string
		wantBlocks   []string
		wantComments []string
	}{
		{
			name:         "directive line before a heading",
			in:           "正文\n<!-- gwlint-disable-next-line placeholder/unfilled -- 原件如此 -->\n一、情况",
			wantBlocks:   []string{"paragraph/0: 正文", "paragraph/0: 一、情况"},
			wantComments: []string{" gwlint-disable-next-line placeholder/unfilled -- 原件如此 "},
		},
		{
			name:         "multi-line block comment",
			in:           "<!--\n甲\n-->乙\n丙",
			wantBlocks:   []string{"paragraph/0: 乙丙"},
			wantComments: []string{"\n甲\n"},
		},
		{
			name:         "comment inside a paragraph keeps it open",
			in:           "甲<!-- 注\n释 -->乙\n丙",
			wantBlocks:   []string{"paragraph/0: 甲乙丙"},
			wantComments: []string{" 注\n释 "},
		},
		{
			name:         "inline and empty comments",
			in:           "甲<!---->乙<!-->丙<!--->丁",
			wantBlocks:   []string{"paragraph/0: 甲乙丙丁"},
			wantComments: []string{"", "", ""},
		},
		{
			name:         "comment in a table cell",
			in:           "| a | b |\n|---|---|\n| 1<!-- x --> | 2 |",
			wantBlocks:   []string{"table_cell/0: a", "table_cell/0: b", "table_cell/0: 1", "table_cell/0: 2"},
			wantComments: []string{" x "},
		},
		{
			name:         "comment markers in code and fences are text",
			in:           "`<!--` 甲\n```\n<!-- 不是 -->\n```",
			wantBlocks:   []string{"paragraph/0: <!-- 甲"},
			wantComments: nil,
		},
		{
			name:         "unclosed comment runs to the end",
			in:           "甲\n<!-- 未闭合\n乙",
			wantBlocks:   []string{"paragraph/0: 甲"},
			wantComments: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := markdownReader.Checked(t, tt.in)
			readertest.WantBlocks(t, src, tt.wantBlocks)
			readertest.WantComments(t, src, tt.wantComments)
		})
	}
}

func TestReadCommentOffsets(t *testing.T) {
	in := "甲\n<!-- gwlint-disable -->\n"
	src := markdownReader.Checked(t, in)
	want := source.Comment{Start: 4, End: 4 + len("<!-- gwlint-disable -->"), Text: " gwlint-disable ", AnchorStart: -1, AnchorEnd: -1}
	if len(src.Comments) != 1 || src.Comments[0] != want {
		t.Errorf("comments = %+v, want %+v", src.Comments, want)
	}
}

func TestReadRejectsInvalidUTF8(t *testing.T) {
	if _, err := Read("甲\xff"); !errors.Is(err, ErrInvalidUTF8) {
		t.Errorf("err = %v, want ErrInvalidUTF8", err)
	}
}
