package numbers

import (
	"fmt"
	"strings"
	"testing"
)

func totalsOf(t *testing.T, text string) []TotalRelation {
	t.Helper()
	return extractText[[]TotalRelation](t, extractTotals, text)
}

// totalSummary renders a relation as "kind total: part+part (partition)".
func totalSummary(r TotalRelation) string {
	var parts []string
	for _, p := range r.Parts {
		parts = append(parts, p.Text)
	}
	s := fmt.Sprintf("%s %s: %s", r.Kind, r.Total.Text, strings.Join(parts, "+"))
	if r.Partition {
		s += " (partition)"
	}
	return s
}

func TestTotalsRelations(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"qizhong", "春节前共走访慰问困难职工120户，其中特困职工135户，发放慰问金18.4万元。",
			[]string{"qizhong 120户: 135户"}},
		{"qizhong with several parts", "全县有会员1326人，其中女职工472人，农民工380人，新发展会员90人。",
			[]string{"qizhong 1326人: 472人+380人+90人"}},
		{"units normalised", "共投入资金50万元，其中上级拨款650000元。",
			[]string{"qizhong 50万元: 650000元"}},
		{"partition by 分别为", "参赛职工186人，其中男职工、女职工分别为100人、90人。",
			[]string{"qizhong 186人: 100人+90人 (partition)"}},
		{"sum", "工会活动支出25.6万元，职工帮扶支出11.3万元，其他支出4.4万元，合计40万元。",
			[]string{"sum 40万元: 25.6万元+11.3万元+4.4万元 (partition)"}},
		{"qizhong opening a sentence", "全县共有基层工会54个。其中，非公企业工会48个。",
			[]string{"qizhong 54个: 48个"}},
		{"different units are not compared", "接待来访86人次，其中女职工50人。", nil},
		{"a later clause is not a part", "共走访困难职工20户，其中特困5户，发放慰问金3万元，全年累计走访300户。",
			[]string{"qizhong 20户: 5户"}},
		{"vague numbers are left out", "共有会员几十人，其中女职工上百人。", nil},
		{"a list of kinds partitions", "现有藏书3200册，其中理论类图书1850册、技术类图书1620册。",
			[]string{"qizhong 3200册: 1850册+1620册 (partition)"}},
		{"a list of kinds with a shared head", "参赛职工186人，其中男职工100人、女职工90人。",
			[]string{"qizhong 186人: 100人+90人 (partition)"}},
		{"overlapping subsets in clauses are not a partition", "全县有会员1326人，其中女职工972人，党员880人。",
			[]string{"qizhong 1326人: 972人+880人"}},
		{"a list with different heads is not a partition", "全县有会员1326人，其中女职工972人、党员880人。",
			[]string{"qizhong 1326人: 972人+880人"}},
		{"a change figure is not the total", "全年收入58.6万元，比上年增加12.4万元。其中，租金收入24万元。",
			[]string{"qizhong 58.6万元: 24万元"}},
		{"a change figure with 了 is not the total", "会员达1200人，较上年增长了300人，其中女职工500人。",
			[]string{"qizhong 1200人: 500人"}},
		{"changes compare with changes", "会员比上年增加120人，其中女职工增加50人。",
			[]string{"qizhong 120人: 50人"}},
		{"only a change before 其中 gives no total", "会员比上年增加120人，其中女职工50人。", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range totalsOf(t, tt.text) {
			got = append(got, totalSummary(r))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestTotalsBoundsOfApproximations(t *testing.T) {
	tests := []struct {
		text      string
		max       float64
		openEnded bool
	}{
		{"共有会员1200余人，其中女职工500人。", 1300, false},
		{"共有会员3万多人，其中女职工5000人。", 40000, false},
		{"共投入300余万元，其中上级拨款100万元。", 4e6, false},
		{"共有会员300人以上，其中女职工100人。", 300, true},
		{"共有会员1200人，其中女职工500人。", 1200, false},
	}
	for _, tt := range tests {
		rs := totalsOf(t, tt.text)
		if len(rs) != 1 {
			t.Errorf("%q: got %d relations", tt.text, len(rs))
			continue
		}
		if rs[0].Total.Max != tt.max || rs[0].Total.OpenEnded != tt.openEnded {
			t.Errorf("%q: max %v open %v, want %v %v", tt.text, rs[0].Total.Max, rs[0].Total.OpenEnded, tt.max, tt.openEnded)
		}
	}
}

func TestTotalsPartsWithinTotalsOnSeedsAndCleanCorpus(t *testing.T) {
	env := numbersTestEnv(t)
	check := func(name string, rs []TotalRelation) {
		for _, r := range rs {
			for _, p := range r.Parts {
				if p.Value > r.Total.Max {
					t.Errorf("%s: %s", name, totalSummary(r))
				}
			}
			if r.Partition && r.Sum > r.Total.Max+1e-6 {
				t.Errorf("%s: sum of %s", name, totalSummary(r))
			}
		}
	}
	for _, s := range numbersSeeds(t) {
		check(s.name, extractTotals(s.doc, env).([]TotalRelation))
	}
	for name, doc := range numbersCleanDocs(t) {
		check(name, extractTotals(doc, env).([]TotalRelation))
	}
}
