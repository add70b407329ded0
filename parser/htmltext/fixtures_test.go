package htmltext

import (
	"strings"
	"testing"

	"github.com/gwlint/gwlint/parser/internal/readertest"
)

func TestFixtures(t *testing.T) {
	nbsp4 := strings.Repeat("\u00a0", 4)
	tests := []struct {
		file         string
		want         []string
		wantComments []string
	}{
		{
			file: "word-summary.html",
			want: []string{
				"paragraph/0: ××区总工会2024年上半年工作总结",
				"paragraph/0: 今年以来，区总工会在区委和市总工会的坚强领导下，紧紧围绕全区中心工作，团结动员广大职工建功立业，切实维护职工合法权益，各项工作取得了新的进展。现将上半年工作情况总结如下：",
				"paragraph/0: 一、\u00a0主要工作开展情况",
				"paragraph/0: （一）强化思想引领。组织开展职工理论宣讲12场次，覆盖职工1500余人次；举办“劳模工匠进企业”活动**场。",
				"paragraph/0: （二）做好困难帮扶。春节期间走访慰问困难职工86户，发放慰问金共计元整。",
				"table_cell/0: 项目",
				"table_cell/0: 完成情况",
				"table_cell/0: 职工书屋",
				"table_cell/0: 8家",
				"paragraph/0: ××区总工会",
				"paragraph/0: ****年*月**日",
			},
			wantComments: []string{
				"[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>办公室</o:Author>\n  <o:Pages>3</o:Pages>\n </o:DocumentProperties>\n</xml><![endif]",
				" gwlint-disable-next-line placeholder/unfilled -- 原件如此 ",
			},
		},
		{
			file: "web-page.html",
			want: []string{
				"paragraph/0: 范文网",
				"list_item/1: 首页",
				"list_item/1: 工作总结",
				"list_item/1: 自查报告",
				"paragraph/0: 当前位置：首页 > 工作总结 > 正文",
				"heading/1: 乡镇工会年度工作总结",
				"paragraph/0: 发布时间：2024-12-20\u00a0\u00a0来源：网络\u00a0\u00a0阅读：1024次",
				"paragraph/0: " + nbsp4 + "一年来，镇工会在镇党委的领导下，以服务职工为中心，扎实开展各项工作，现总结如下：",
				"paragraph/0: 一、建会入会工作",
				"paragraph/0: " + nbsp4 + "全年新建基层工会**个，发展会员***人。",
				"paragraph/0: " + nbsp4 + "二是开展“会员评家”活动，覆盖企业XX家。",
				"paragraph/0: " + nbsp4 + "全年共支出经费元整。",
				"paragraph/0: XX镇工会",
				"paragraph/0: 二〇二四年十二月",
				"heading/3: 相关文章",
				"list_item/1: 村级工会工作总结",
				"paragraph/0: Copyright © 2024 范文网 版权所有",
			},
			wantComments: []string{" gwlint-disable-next-line placeholder/unfilled -- 原件如此 "},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			src := htmlReader.Checked(t, readertest.Fixture(t, tt.file))
			readertest.WantBlocks(t, src, tt.want)
			readertest.WantComments(t, src, tt.wantComments)
		})
	}
}

// TestFixtureOffsetsPointAtSource checks that a finding placed on visible
// text lands on the same characters of the file: the placeholder "**" in
// the Word fixture maps back to the "**" between its <span> tags.
func TestFixtureOffsetsPointAtSource(t *testing.T) {
	in := readertest.Fixture(t, "word-summary.html")
	src := htmlReader.Checked(t, in)
	for _, b := range src.Blocks {
		for _, s := range b.Segments {
			if s.Text == "**" {
				if before := in[:s.Start]; !strings.HasSuffix(before, "<span lang=EN-US>") {
					t.Errorf("segment %+v not inside its span: %q", s, before[len(before)-20:])
				}
				return
			}
		}
	}
	t.Fatal("no segment holds the placeholder **")
}
