package docx

import (
	"testing"
)

func comment(id string, paragraphs ...string) string {
	s := `<w:comment w:id="` + id + `" w:author="审核人" w:date="2024-07-01T00:00:00Z">`
	for _, p := range paragraphs {
		s += para("", p)
	}
	return s + `</w:comment>`
}

func rangeStart(id string) string { return `<w:commentRangeStart w:id="` + id + `"/>` }
func rangeEnd(id string) string   { return `<w:commentRangeEnd w:id="` + id + `"/>` }
func reference(id string) string {
	return `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="` + id + `"/></w:r>`
}

func TestCommentAnchors(t *testing.T) {
	numbering := abstractList("1", level(0, "1", "chineseCountingThousand", "%1、")) + listInstance("1", "1")
	tests := []struct {
		name     string
		body     string
		comments string
		want     []string // text, then anchored text, per comment in order
	}{
		{
			name: "range inside a paragraph",
			body: `<w:p>` + run("县总工会") + rangeStart("0") + run("职工服务") + run("中心") + rangeEnd("0") + reference("0") +
				run("全年接待来访职工。") + `</w:p>`,
			comments: comment("0", "gwlint-ignore typo 专有名称"),
			want:     []string{"gwlint-ignore typo 专有名称", "职工服务中心"},
		},
		{
			name:     "range in a numbered paragraph skips the label",
			body:     `<w:p><w:pPr>` + numbered("1", 0) + `</w:pPr>` + rangeStart("1") + run("组织建设") + rangeEnd("1") + reference("1") + `</w:p>`,
			comments: comment("1", "批注"),
			want:     []string{"批注", "组织建设"},
		},
		{
			name:     "reference alone covers its whole paragraph",
			body:     para("", "上一段") + `<w:p><w:pPr>` + numbered("1", 0) + `</w:pPr>` + run("工资集体协商") + reference("2") + `</w:p>`,
			comments: comment("2", "gwlint-ignore numbering 保留原编号"),
			want:     []string{"gwlint-ignore numbering 保留原编号", "一、工资集体协商"},
		},
		{
			name:     "empty range covers its whole paragraph",
			body:     `<w:p>` + run("职工书屋") + rangeStart("3") + rangeEnd("3") + run("建设") + `</w:p>`,
			comments: comment("3", "空范围"),
			want:     []string{"空范围", "职工书屋建设"},
		},
		{
			name: "range across paragraphs",
			body: `<w:p>` + run("第一段") + rangeStart("4") + run("尾部") + `</w:p>` +
				`<w:p>` + run("第二段") + rangeEnd("4") + run("之后") + `</w:p>`,
			comments: comment("4", "跨段"),
			want:     []string{"跨段", "尾部\n第二段"},
		},
		{
			name:     "range marks between paragraphs",
			body:     rangeStart("5") + para("", "整段被批注") + rangeEnd("5") + para("", "下一段"),
			comments: comment("5", "段外标记"),
			want:     []string{"段外标记", "整段被批注"},
		},
		{
			name:     "range without an end runs to the end of its paragraph",
			body:     `<w:p>` + run("开头") + rangeStart("6") + run("结尾") + `</w:p>`,
			comments: comment("6", "缺结束"),
			want:     []string{"缺结束", "结尾"},
		},
		{
			name:     "multi-paragraph comment text",
			body:     `<w:p>` + rangeStart("7") + run("经费") + rangeEnd("7") + `</w:p>`,
			comments: comment("7", "gwlint-ignore amount", "原因：沿用上年口径"),
			want:     []string{"gwlint-ignore amount\n原因：沿用上年口径", "经费"},
		},
		{
			name:     "comments are ordered by anchor",
			body:     `<w:p>` + rangeStart("9") + run("前") + rangeEnd("9") + run("中") + rangeStart("8") + run("后") + rangeEnd("8") + `</w:p>`,
			comments: comment("8", "第二个") + comment("9", "第一个"),
			want:     []string{"第一个", "前", "第二个", "后"},
		},
		{
			name:     "anchors without a comment and comments without an anchor are dropped",
			body:     `<w:p>` + rangeStart("10") + run("无批注内容") + rangeEnd("10") + `</w:p>`,
			comments: comment("11", "无锚点"),
			want:     nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := mustRead(t, fixture{numbering: numbering, body: tt.body, comments: tt.comments}.build(t))
			var got []string
			for _, c := range src.Comments {
				got = append(got, c.Text, src.Text[c.AnchorStart:c.AnchorEnd])
			}
			if len(got) != len(tt.want) {
				t.Fatalf("comments = %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("comments = %q, want %q", got, tt.want)
					break
				}
			}
		})
	}
}

func TestCommentOffsetsAreBytes(t *testing.T) {
	body := `<w:p>` + run("𠀋县") + rangeStart("0") + run("工会") + rangeEnd("0") + `</w:p>`
	src := mustRead(t, fixture{body: body, comments: comment("0", "x")}.build(t))
	if len(src.Comments) != 1 {
		t.Fatalf("got %d comments, want 1", len(src.Comments))
	}
	c := src.Comments[0]
	if c.AnchorStart != 7 || c.AnchorEnd != 13 || c.Start != 7 || c.End != 13 {
		t.Errorf("comment span = %+v, want 7..13 (𠀋 is 4 bytes, 县 3)", c)
	}
}
