package parser

import (
	"strings"
	"testing"
)

// TestJoinLines feeds two-line bodies (after a title and before a closing
// paragraph) and checks whether the two lines became one paragraph.
func TestJoinLines(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		join bool
	}{
		{"sentence end", "全年共举办培训班十二期。", "参训职工九百余人。", false},
		{"colon", "现将有关情况报告如下：", "全年共举办培训班十二期。", false},
		{"closing quote", "开展“书香三八”", "读书活动。", false},
		{"ellipsis", "以“党工共建”为主线...", "今年上半年，全县新建工会五十个。", false},
		{"next is a heading", "我们始终把会员满意不满意作为衡量工会工作的根本标准", "二、主要成效", false},
		{"next is an enumeration", "我们始终把会员满意不满意作为衡量工会工作的根本标准", "一是加强领导。", false},
		{"pause at the end", "全年走访慰问困难职工一百零六户，", "发放慰问金十九万余元。", true},
		{"opening quote at the end", "开展了“", "金秋助学”活动。", true},
		{"long prose line", "我们始终把会员满意不满意作为衡量我镇工会工作的根本标准,把党政的认可度作为", "评判建设的工作标准。", true},
		{"sentence inside", "各书屋开展读书活动。全年参与", "职工八千余人次。", true},
		{"dangling word", "加强对", "困难职工的帮扶。", true},
		{"number cut in two", "覆盖职工一万", "二千余人。", true},
		{"short heading line", "关心职工生活,解决实际难题", "主动关心职工工作生活,积极反映职工的意愿和要求。", false},
		{"short unpunctuated line", "加强组织领导", "成立了以主席为组长的领导小组，负责统筹协调。", false},
		{"numbered heading without stop", "一、会员评家工作的主要做法", "领导高度重视,精心安排部署。", false},
		{"heading ending in a word that ends in a function word", "四、存在的不足和努力方向", "回顾一年的工作，我也认识到自己还存在一些不足。", false},
		{"prose ending in a whole word", "这正是我们工作中的问题所在", "必须认真加以解决。", false},
		{"run-in item", "一是以“保增长”为主题，积极组织全县广大职工开展劳动竞赛活动", "以创建“工人先锋号”为载体，进一步掀起劳动竞赛的新高潮。", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "工作总结\n" + tt.a + "\n" + tt.b + "\n特此报告。\n"
			doc := buildText(t, text)
			joined := false
			for _, p := range doc.Paragraphs {
				if p.Text == tt.a+tt.b {
					joined = true
					if len(p.Breaks) != 1 {
						t.Errorf("joined paragraph has %d breaks, want 1", len(p.Breaks))
					}
				}
			}
			if joined != tt.join {
				t.Errorf("joined = %v, want %v", joined, tt.join)
			}
		})
	}
}

// A heading line whose siblings end with 。 is joined with a short line
// that completes it (002's (二)…职工民 / 主管理制度的实施。); a family whose
// headings never end with 。 keeps its lines apart.
func TestJoinWrappedHeading(t *testing.T) {
	text := "自查报告\n" +
		"（一）工会建家工作成效显著。\n正文第一段，内容较长，介绍有关情况。\n" +
		"（二）充分发挥会员的主体作用,积极推进职工民\n主管理制度的实施。\n正文第二段，内容较长，介绍有关情况。\n" +
		"（三）加强自身建设。\n正文第三段。\n"
	doc := buildText(t, text)
	want := "（二）充分发挥会员的主体作用,积极推进职工民主管理制度的实施。"
	if got := headingTexts(doc); len(got) != 3 || got[1] != want {
		t.Errorf("headings = %q, want the second to be %q", got, want)
	}

	text = "自查报告\n（一）积极开展劳动竞赛活动\n紧紧围绕全县中心工作开展竞赛。\n（二）广泛开展职工素质提升工程\n以活动为载体开展培训。\n"
	doc = buildText(t, text)
	for _, p := range doc.Paragraphs {
		if len(p.Breaks) > 0 {
			t.Errorf("paragraph %q joined lines", p.Text)
		}
	}
}

// Lines separated by an empty line or starting indented are never joined
// unless the first ends with a pause.
func TestJoinRespectsBlankLinesAndIndentation(t *testing.T) {
	long := "我们始终把会员满意不满意作为衡量我镇工会工作的根本标准并且不断改进工作作风"
	for _, text := range []string{
		"工作总结\n" + long + "\n\n评判标准不断完善。\n",
		"工作总结\n" + long + "\n\u3000\u3000评判标准不断完善。\n",
	} {
		doc := buildText(t, text)
		for _, p := range doc.Paragraphs {
			if strings.Contains(p.Text, "评判") && strings.Contains(p.Text, "根本") {
				t.Errorf("joined across a paragraph boundary: %q", p.Text)
			}
		}
	}
	doc := buildText(t, "工作总结\n全年走访困难职工，\n\u3000\u3000发放慰问金。\n")
	if doc.Paragraphs[1].Text != "全年走访困难职工，发放慰问金。" {
		t.Errorf("pause before an indented line: got %q", doc.Paragraphs[1].Text)
	}
}
