package punct

import (
	"reflect"
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
)

func halfwidthTexts(t *testing.T, text string) []string {
	t.Helper()
	hp := extractHalfwidthPunct(factstest.ParseText(t, "工作情况报告\n"+text), nil).(HalfwidthPunct)
	out := []string{}
	for _, m := range hp.Marks {
		out = append(out, m.Text)
	}
	return out
}

func TestHalfwidthMarksInChineseText(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"comma and semicolon", "加强学习,提高认识;狠抓落实。", []string{",", ";"}},
		{"colon before Chinese", "报告如下:一是加强领导。", []string{":"}},
		{"spaces around the mark are covered", "半年来, 我县各级工会 ; 积极作为。", []string{", ", " ; "}},
		{"parenthesis pair converted whole", "成立职工服务中心(APP)并运行。", []string{"(", ")"}},
		{"heading marker", "(一)加强组织领导", []string{"(", ")"}},
		{"question and exclamation", "怎么办?大家说!好。", []string{"?", "!"}},
		{"looks through curly quotes", "开展“安康杯”,效果好。", []string{","}},
		{"English sentence untouched", "口号是 Hello, world 而已。", []string{}},
		{"decimal time and thousands untouched", "上午8:30开会，共1,200人，增长3.5%。", []string{}},
		{"URL untouched, trailing comma flagged", "详见http://www.example.gov.cn/a?id=1,请查阅。", []string{","}},
		{"e-mail and code untouched", "邮箱a.b@163.com，命令`ls -a;pwd`。", []string{}},
		{"Latin list untouched", "(a) item one; (b) item two", []string{}},
		{"English aside before a Chinese full stop", "主题是 a first program (for beginners)。", []string{}},
		{"Chinese mark on the left counts", "开展“安康杯”, 效果好。", []string{", "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := halfwidthTexts(t, tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHalfwidthSpansMatchTheDocument(t *testing.T) {
	text := "标题\n\n第一段 , 内容。\n第二段;内容(甲)。"
	hp := extractHalfwidthPunct(factstest.ParseText(t, text), nil).(HalfwidthPunct)
	want := []string{" , ", ";", "(", ")"}
	if len(hp.Marks) != len(want) {
		t.Fatalf("marks = %+v", hp.Marks)
	}
	for i, m := range hp.Marks {
		if text[m.Start:m.End] != m.Text || m.Text != want[i] {
			t.Errorf("mark %d: span %d-%d is %q, text %q, want %q", i, m.Start, m.End, text[m.Start:m.End], m.Text, want[i])
		}
	}
}

func TestHalfwidthCountsFullwidth(t *testing.T) {
	hp := extractHalfwidthPunct(factstest.ParseText(t, "加强学习，提高认识；狠抓落实(重点)。"), nil).(HalfwidthPunct)
	if hp.Fullwidth != 2 || len(hp.Marks) != 2 {
		t.Errorf("fullwidth %d, marks %d; want 2 and 2", hp.Fullwidth, len(hp.Marks))
	}
}

func TestHalfwidthOnSeeds(t *testing.T) {
	// Counts from labels.json (halfwidth_count); the fact must find each
	// file's marks and none in the full-width file.
	want := map[string]int{
		"000": 21,
		"001": 213,
		"002": 117,
		"003": 0,
		"004": 261,
	}
	for name, n := range want {
		hp := extractHalfwidthPunct(factstest.ParseSeed(t, name), nil).(HalfwidthPunct)
		if got := len(hp.Marks); got < n*9/10 || got > n {
			t.Errorf("%s: %d marks, labelled %d", name, got, n)
		}
	}
}
