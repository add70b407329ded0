package scriptmix

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
)

type runSummary struct {
	Text, Replacement string
	Certain           bool
}

func scriptRuns(t *testing.T, text string) (string, []runSummary) {
	t.Helper()
	doc := factstest.ParseText(t, text)
	sm := extractScriptMix(doc, nil).(ScriptMix)
	out := []runSummary{}
	for _, r := range sm.Minority {
		if doc.Text[r.Start:r.End] != r.Text {
			t.Errorf("span %d-%d is %q, text %q", r.Start, r.End, doc.Text[r.Start:r.End], r.Text)
		}
		out = append(out, runSummary{r.Text, r.Replacement, r.Certain})
	}
	return sm.Majority, out
}

// The bodies hold enough script-specific characters (over 60) for one or
// two of the other script to stay under the 5% that script.Majority allows.
const simplifiedBody = "县总工会认真贯彻落实上级工会的各项部署，组织开展劳动竞赛和职工技能培训，维护职工合法权益，服务职工群众。" +
	"全县基层工会围绕中心、服务大局，积极开展送温暖活动，帮助困难职工解决实际问题。"

const traditionalBody = "縣總工會認真貫徹落實上級工會的各項部署，組織開展勞動競賽和職工技能培訓，維護職工合法權益，服務職工羣衆。" +
	"全縣基層工會圍繞中心、服務大局，積極開展送溫暖活動，幫助困難職工解決實際問題。"

func TestScriptMix(t *testing.T) {
	tests := []struct {
		name, text, majority string
		want                 []runSummary
	}{
		{"clean simplified", simplifiedBody, "simplified", []runSummary{}},
		{"clean traditional", traditionalBody, "traditional", []runSummary{}},
		{"traditional run in simplified", simplifiedBody + "召开會議部署工作。", "simplified", []runSummary{{"會議", "会议", true}}},
		{"simplified in traditional", traditionalBody + "召開会議。", "traditional", []runSummary{{"会", "會", true}}},
		{"variant follows the document", traditionalBody + "以爲基礎，为职工服務。", "traditional", []runSummary{{"为职", "爲職", false}}},
		{"ambiguous form left open", traditionalBody + "要进一步发展。", "traditional", []runSummary{{"进", "進", true}, {"发", "", false}}},
		{"too short to tell", "會議", "", []runSummary{}},
		{"Taiwan and Hong Kong standard forms", traditionalBody + "社群工作，臨床技能，溫暖戶税。", "traditional", []runSummary{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			maj, got := scriptRuns(t, "工作\n"+tt.text)
			if maj != tt.majority || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("majority %q runs %+v, want %q %+v", maj, got, tt.majority, tt.want)
			}
		})
	}
}

func TestScriptMixChoices(t *testing.T) {
	doc := factstest.ParseText(t, "工作\n"+traditionalBody+"要进一步发展。")
	sm := extractScriptMix(doc, nil).(ScriptMix)
	last := sm.Minority[len(sm.Minority)-1]
	if got := strings.Join(last.Choices, ""); got != "發/髮" {
		t.Errorf("choices %q, want 發/髮", got)
	}
}

func TestScriptMixSeedsHaveNoMinority(t *testing.T) {
	// 001 is clean OpenCC s2t output (爲/羣/啓/覈/着 are its standard
	// forms) and the simplified seeds hold no traditional character.
	for _, name := range []string{"000", "001", "002", "003", "004"} {
		sm := extractScriptMix(factstest.ParseSeed(t, name), nil).(ScriptMix)
		if sm.Majority == "" || len(sm.Minority) != 0 {
			t.Errorf("%s: majority %q, minority %+v", name, sm.Majority, sm.Minority)
		}
	}
}
