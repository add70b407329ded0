package markdown

import (
	"slices"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/parser/internal/readertest"
)

func TestFixtureReport(t *testing.T) {
	in := readertest.Fixture(t, "report.md")
	src := markdownReader.Checked(t, in)
	want := []string{
		"heading/1: XX街道总工会2024年度工作总结",
		"paragraph/0: 　　2024年，街道总工会在街道党工委和区总工会的领导下，坚持以职工为中心，围绕建会入会、维权服务、素质提升三项重点任务，扎实推进各项工作，取得了一定成效。现将全年工作总结如下：",
		"heading/2: 一、主要工作",
		"heading/3: （一）推进建会入会",
		"paragraph/0: 全年新建基层工会**个，发展会员**人，其中农民工会员***人。重点做好以下工作：",
		"list_item/1: 1. 开展“集中入会”行动，走访非公企业*家；",
		"list_item/1: 2. 推进新就业形态劳动者入会，覆盖快递、外卖等行业；",
		"list_item/2: 设立“骑手驿站”3个；",
		"list_item/2: 举办入会宣传活动5场。",
		"heading/3: （二）做好困难职工帮扶",
		"paragraph/0: 春节期间走访慰问困难职工86户，发放慰问金共计元整。详见帮扶台账。",
		"table_cell/0: 项目",
		"table_cell/0: 户数",
		"table_cell/0: 金额（元）",
		"table_cell/0: 困难职工慰问",
		"table_cell/0: 86",
		"table_cell/0: 86000",
		"table_cell/0: 金秋助学",
		"table_cell/0: 12",
		"table_cell/0: 24000",
		"paragraph/0: 注：以上数据截至2024年11月30日，统计口径以区总工会为准。",
		"heading/2: 二、存在的问题",
		"paragraph/0: 一是部分基层工会作用发挥不够充分；二是经费使用效益有待提高。",
		"heading/2: 三、下一步打算",
		"paragraph/0: XX街道总工会",
		"paragraph/0: ****年*月**日",
	}
	readertest.WantBlocks(t, src, want)
	var comments []string
	for _, c := range src.Comments {
		comments = append(comments, strings.TrimSpace(c.Text))
	}
	wantComments := []string{
		"gwlint-disable-next-line placeholder/unfilled -- 原件如此",
		"2025年计划待党工委审定后补充。",
	}
	if !slices.Equal(comments, wantComments) {
		t.Errorf("comments:\n got %q\nwant %q", comments, wantComments)
	}
}

// TestFixturePlaceholderOffsets checks that the placeholder of the date
// line is found where the file has it, line and column included.
func TestFixturePlaceholderOffsets(t *testing.T) {
	in := readertest.Fixture(t, "report.md")
	src := markdownReader.Checked(t, in)
	last := src.Blocks[len(src.Blocks)-1]
	want := strings.Index(in, "****年*月**日")
	if last.Start() != want || last.End() != want+len("****年*月**日") {
		t.Errorf("date line spans [%d,%d), want it at %d", last.Start(), last.End(), want)
	}
}
