package numbers

import (
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
	"github.com/gwlint/gwlint/parser"
)

// FuzzNumberFacts runs every number and date extractor on arbitrary text:
// they must never panic, and every span must lie inside the document.
func FuzzNumberFacts(f *testing.F) {
	for _, seed := range []string{
		"标题\n共支出元整，处理率达%，分别为元，元。",
		"标题\n从以下五个方面：\n一是…\n二是…",
		"共有会员1,200余人，其中女职工1.5万人；合计3亿元。",
		"2024年2月30日（星期一）至31日，农历正月初八，2024-13-45",
		"A、B、C等三个阶段；“三个代表”；百分之九十五；１２３４５６７８９０１２３４５６７８９０人",
		"一、抓好三项工作\n（一）甲\n（二）乙",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := parser.Parse("f.txt", []byte(text), parser.Options{})
		if err != nil {
			return
		}
		env := numbersTestEnv(t)
		for _, n := range extractNumbers(doc, env).([]Number) {
			factstest.CheckSpan(t, doc, "number", n.Start, n.End)
		}
		for _, m := range extractMissingNumbers(doc, env).([]MissingNumber) {
			factstest.CheckSpan(t, doc, "missing number", m.Start, m.End)
		}
		for _, c := range extractCounts(doc, env).([]StatedCount) {
			factstest.CheckSpan(t, doc, "count", c.Start, c.End)
			for _, it := range c.Items {
				factstest.CheckSpan(t, doc, "count item", it.Start, it.End)
			}
		}
		for _, r := range extractTotals(doc, env).([]TotalRelation) {
			factstest.CheckSpan(t, doc, "total", r.Total.Start, r.Total.End)
		}
		for _, p := range extractPercents(doc, env).([]Percent) {
			factstest.CheckSpan(t, doc, "percent", p.Start, p.End)
		}
		for _, d := range extractDates(doc, env).([]Date) {
			factstest.CheckSpan(t, doc, "date", d.Start, d.End)
		}
	})
}
