package parser

import (
	"testing"

	"github.com/gwlint/gwlint/parser/source"
)

func TestKindOf(t *testing.T) {
	tests := []struct{ title, want string }{
		{"县总工会2023年工作总结", KindSummary},
		{"县总工会上半年工作总结", KindHalfYearSummary},
		{"县总工会半年工作总结", KindHalfYearSummary},
		{"年中工作总结", KindHalfYearSummary},
		{"县总工会2023年度工作总结", KindAnnualSummary},
		{"全年工作总结", KindAnnualSummary},
		{"年终工作总结", KindAnnualSummary},
		{"關於職工書屋建設情況的自查報告", KindSelfCheck},
		{"关于落实安全生产责任制情况的自查自纠报告", KindSelfCheck},
		{"县总工会副主席述职报告", KindDutyReport},
		{"述職述廉報告", KindDutyReport},
		{"创先争优活动自我评价", KindSelfAssessment},
		{"个人自我鉴定", KindSelfAssessment},
		{"總工會爭先創優工作總結", KindSummary},
		{"年終工作總結", KindAnnualSummary},
		{"关于工会工作情况的汇报", KindWorkReport},
		{"2024年工作计划", KindWorkPlan},
		{"2023年工作总结及2024年工作打算", KindSummary},
		{"2024年工会工作要点", KindWorkPlan},
		{"关于召开职工代表大会的通知", KindOther},
		{"", KindOther},
	}
	for _, tt := range tests {
		if got := kindOf(tt.title); got != tt.want {
			t.Errorf("kindOf(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestTitleAndPreamble(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		title     string // "" = no title
		preambles int
	}{
		{"plain", "县总工会2023年工作总结\n今年以来，县总工会认真履职。\n", "县总工会2023年工作总结", 0},
		{"site and breadcrumb", "范文大全网\n当前位置：首页 > 工作总结\n工会工作总结\n一年来，我们认真履职。\n", "工会工作总结", 2},
		{"markup and page number", "<?xml version=\"1.0\"?>\n3\n工会工作总结\n正文第一段。\n", "工会工作总结", 2},
		{"address", "www.example.com\n工会工作总结\n正文第一段。\n", "工会工作总结", 1},
		{"breadcrumb with guillemets", "首页 » 范文 » 总结\n工会工作总结\n正文第一段。\n", "工会工作总结", 1},
		{"metadata line", "来源：本站原创\n工会工作总结\n正文第一段。\n", "工会工作总结", 1},
		{"attachment label", "附件2\n县总工会工作总结\n正文第一段。\n", "县总工会工作总结", 1},
		{"organization above the title", "县总工会\n2023年工作总结\n正文第一段。\n", "县总工会2023年工作总结", 0},
		{"wrapped title", "乡镇工会开展职工书屋建设工作情\n况自查报告\n根据要求，现报告如下。\n", "乡镇工会开展职工书屋建设工作情况自查报告", 0},
		{"second line is a byline", "工会工作总结\n县总工会\n一年来，我们认真履职。\n", "工会工作总结", 0},
		{"long first line", "今年以来，县总工会在县委的领导下，认真履行职责，各项工作取得了新的进展，现总结如下。\n一、主要工作\n", "", 0},
		{"heading first", "一、基本情况\n全县共有工会组织一百个。\n", "", 0},
		{"run-in title", "县总工会半年工作总结篇一:县总工会半年工作总结范文 半年来，我县各级工会认真履职，取得了新的成效，为全县发展作出了积极贡献。\n", "县总工会半年工作总结", 0},
		{"run-in title before a space", "街道工会年度工作总结 一年来，街道工会认真履行职责，团结带领职工群众建功立业，取得了较好的成效。\n", "街道工会年度工作总结", 0},
		{"traditional", "總工會工作總結\n一年來，我們認真履職。\n", "總工會工作總結", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := buildText(t, tt.text)
			got := ""
			if doc.Title != nil {
				got = doc.Title.Text
				if p := doc.Paragraphs[doc.Title.Paragraph]; p.Role != RoleTitle || p.Text != got {
					t.Errorf("title paragraph = %q (%s)", p.Text, p.Role)
				}
			}
			if got != tt.title {
				t.Errorf("title = %q, want %q", got, tt.title)
			}
			n := 0
			for _, p := range doc.Paragraphs {
				if p.Role == RolePreamble {
					n++
				}
			}
			if n != tt.preambles {
				t.Errorf("%d preamble paragraphs, want %d", n, tt.preambles)
			}
		})
	}
}

func TestPreambleLines(t *testing.T) {
	for _, line := range []string{
		"靈感範文站", "范文大全网", "职工文库", "位置:首页 > 公文 > 工会社团", "位置:首頁\u00a0>\u00a0公文\u00a0>\u00a0工會社團",
		"公文 > 工会社团", "首页 » 总结", "当前位置：首页", "您现在的位置：工作总结", "<?xml:namespace prefix = o ns = \"urn:schemas-microsoft-com:office:office\" />",
		"http://www.example.cn/a.html", "来源：本站整理", "發佈時間：2023-01-01", "瀏覽次數：120", "— 1 —", "3",
	} {
		u := &unit{kind: source.Line, text: line, pageLine: pageLinePattern.MatchString(line)}
		if !isPreamble(u) {
			t.Errorf("%q not taken for preamble", line)
		}
	}
	for _, line := range []string{"县总工会工作总结", "总工会争先创优工作总结", "时间一般安排在每月的第一个星期六", "一、基本情况", "关于加强网络阵地建设的工作报告"} {
		if isPreamble(&unit{kind: source.Line, text: line}) {
			t.Errorf("%q taken for preamble", line)
		}
	}
}
