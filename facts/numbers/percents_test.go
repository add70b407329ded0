package numbers

import (
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
)

func TestPercentsValueAndSubject(t *testing.T) {
	tests := []struct {
		text, want, subject string
		value               float64
	}{
		{"通过问卷调查，职工对工会活动的满意率达到105%。", "105%", "职工对工会活动的满意率达到", 105},
		{"入会率、覆盖率分别达到98.5％以上。", "98.5％以上", "入会率、覆盖率分别达到", 98.5},
		{"女职工占全县职工总数的百分之四十五。", "百分之四十五", "女职工占全县职工总数的", 45},
		{"产值同比增长120%。", "120%", "产值同比增长", 120},
	}
	for _, tt := range tests {
		got := extractPercents(factstest.ParseText(t, tt.text), numbersTestEnv(t)).([]Percent)
		if len(got) != 1 {
			t.Errorf("%q: got %+v", tt.text, got)
			continue
		}
		if got[0].Text != tt.want || got[0].Subject != tt.subject || got[0].Value != tt.value {
			t.Errorf("%q: got %q subject %q value %v", tt.text, got[0].Text, got[0].Subject, got[0].Value)
		}
	}
}

func TestPercentsSubjectIsBounded(t *testing.T) {
	text := "全县规模以上非公有制企业和各类社会组织中已经建立工会组织的单位所占的比例达到了96%。"
	got := extractText[[]Percent](t, extractPercents, text)
	if len(got) != 1 || len([]rune(got[0].Subject)) != percentSubjectRunes {
		t.Fatalf("got %+v", got)
	}
}

func TestPercentsShareWordAndGrowthCue(t *testing.T) {
	tests := []struct {
		text, share, growth string
	}{
		{"职工对工会活动的满意率达到105%。", "满意率", ""},
		// The longer word wins where both end: 合同签订率 over 签订率.
		{"劳动合同签订率达到120%。", "合同签订率", ""},
		// The word nearest the number wins: 覆盖率 ends later than 入会率.
		{"入会率和覆盖率达到120%。", "覆盖率", ""},
		{"满意率比去年提高了120%。", "满意率", "提高"},
		{"产值同比增长120%。", "", "增长"},
		{"職工入會率達１２０％。", "入会率", ""},
	}
	for _, tt := range tests {
		got := extractPercents(factstest.ParseText(t, tt.text), numbersTestEnv(t)).([]Percent)
		if len(got) != 1 {
			t.Errorf("%q: got %+v", tt.text, got)
			continue
		}
		if got[0].ShareWord != tt.share || got[0].GrowthCue != tt.growth {
			t.Errorf("%q: share %q growth %q, want %q %q", tt.text, got[0].ShareWord, got[0].GrowthCue, tt.share, tt.growth)
		}
	}
}
