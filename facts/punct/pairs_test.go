package punct

import (
	"reflect"
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
)

type pairSummary struct{ Kind, Text, Replacement string }

func pairProblems(t *testing.T, body string) []pairSummary {
	t.Helper()
	doc := factstest.ParseText(t, "工作情况报告\n"+body)
	out := []pairSummary{}
	for _, p := range extractPunctPairs(doc, nil).([]PairProblem) {
		if doc.Text[p.Start:p.End] != p.Text {
			t.Errorf("span %d-%d is %q, text %q", p.Start, p.End, doc.Text[p.Start:p.End], p.Text)
		}
		out = append(out, pairSummary{p.Kind, p.Text, p.Replacement})
	}
	return out
}

func TestPunctPairs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []pairSummary
	}{
		{"balanced marks", "开展“安康杯”竞赛，学习《工会法》（修正案），参照【标准】执行。", []pairSummary{}},
		{"second opening quote closes", "开展女性“两癌“健康筛查。", []pairSummary{{"same_direction", "“两癌“", "“两癌”"}}},
		{"nested same quotes that balance", "学习“贯彻“两会”精神”活动。", []pairSummary{}},
		{"unclosed book title", "根据《关于开展会员评家工作的通知要求，开展自查。", []pairSummary{{"unclosed", "《", ""}}},
		{"unclosed title inside another", "学习《工会法《劳动法》。", []pairSummary{{"unclosed", "《", ""}}},
		{"unclosed bracket", "慰问困难职工（含农民工326户。", []pairSummary{{"unclosed", "（", ""}}},
		{"unopened bracket", "慰问困难职工含农民工）326户。", []pairSummary{{"unopened", "）", ""}}},
		{"mismatched brackets", "慰问困难职工（含农民工]326户。", []pairSummary{{"mismatched", "（含农民工]", "（含农民工）"}}},
		{"reversed quotes", "开展”安康杯“竞赛。", []pairSummary{{"reversed", "”安康杯“", "“安康杯”"}}},
		{"ASCII and full-width brackets pair", "慰问困难职工(含农民工）326户。", []pairSummary{}},
		{"list marker and emoticon", "1)加强领导；2)完善制度 :)", []pairSummary{}},
		{"full-width list markers", "1）加强领导；2）完善制度；三）强化督查。", []pairSummary{}},
		{"bracket closed after a list of numbers", "形成会议纪要（见附件1、2）。", []pairSummary{}},
		{"apostrophe", "成立Workers’ Club，开展活动。", []pairSummary{}},
		{"URL parenthesis", "详见http://a.cn/x_(1)页面。", []pairSummary{}},
		{"quote inside brackets crossing", "开展（“安康杯）”竞赛。", []pairSummary{{"unclosed", "“", ""}, {"unopened", "”", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pairProblems(t, tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestPunctPairsAcrossParagraphs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []pairSummary
	}{
		{"quotation over paragraphs", "他说：\n“第一段话。\n“第二段话。\n“第三段话。”\n然后散会。", []pairSummary{}},
		{"continuation must start the paragraph", "他说“第一段话。\n“第二段话。”", []pairSummary{{"unclosed", "“", ""}}},
		{"last paragraph of a quotation left open", "“第一段话。\n“第二段话。\n散会。", []pairSummary{{"unclosed", "“", ""}}},
		{"pair broken by a line break", "根据《关于开展\n\n工作的通知》要求。", []pairSummary{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pairProblems(t, tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestPunctPairsOnSeeds(t *testing.T) {
	want := map[string][]string{
		"000": {"“两癌“"},
		"001": {"“四大勞動競賽“"},
		"002": nil,
		// Line 1 is a listing snippet cut off after 以“党..., labelled as an
		// artifact; its open quotation is really unclosed.
		"003": {"“"},
		"004": nil,
	}
	for name, texts := range want {
		var got []string
		for _, p := range extractPunctPairs(factstest.ParseSeed(t, name), nil).([]PairProblem) {
			got = append(got, p.Text)
		}
		if !reflect.DeepEqual(got, texts) {
			t.Errorf("%s: got %q, want %q", name, got, texts)
		}
	}
}
