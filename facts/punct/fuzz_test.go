package punct

import (
	"strings"
	"testing"
	"time"

	"github.com/gwlint/gwlint/facts/internal/factstest"
	"github.com/gwlint/gwlint/parser"
)

// FuzzPunctFacts runs the punctuation extractors on any text: they must
// not panic, and every span must lie inside the document.
func FuzzPunctFacts(f *testing.F) {
	for _, s := range []string{
		"报告\n加强学习,提高认识;(一)“两癌“《通知（含]”安康杯“",
		"他说：\n“第一段。\n“第二段。”",
		"http://a.cn/x_(1),请 `a;b` 1)2）:) Workers’ ’‘",
		"縣總工會召開会議，爲职工服務",
		"\t , ; \u3000( ) ! ? \n\n ,",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := parser.Parse("f.txt", []byte(s), parser.Options{})
		if err != nil {
			return
		}
		for _, m := range extractHalfwidthPunct(doc, nil).(HalfwidthPunct).Marks {
			factstest.CheckSpan(t, doc, "halfwidth", m.Start, m.End)
		}
		for _, p := range extractPunctPairs(doc, nil).([]PairProblem) {
			factstest.CheckSpan(t, doc, "pair", p.Start, p.End)
		}
	})
}

// TestPunctFactsStayLinear feeds the extractors inputs that would be
// quadratic for a naive scan: long runs of marks the neighbour scan looks
// through, closing marks with nothing open, and lone marks of both kinds.
func TestPunctFactsStayLinear(t *testing.T) {
	const n = 50000
	inputs := map[string]string{
		"ascii marks":       "报告\n" + strings.Repeat(",", n) + "中",
		"spaces":            "报告\n中," + strings.Repeat(" ", n) + ",中",
		"lone closers":      "报告\n" + strings.Repeat("）", n) + strings.Repeat("（", n),
		"mismatch":          "报告\n" + strings.Repeat("《", n) + strings.Repeat("）", n),
		"urls":              "报告\n" + strings.Repeat("http://a.cn/?a=1,中", n/10),
		"reversed quotes":   "报告\n" + strings.Repeat("”", n) + strings.Repeat("“", n),
		"nested quotations": "报告\n" + strings.Repeat("“", n) + strings.Repeat("”", n),
	}
	for name, text := range inputs {
		doc, err := parser.Parse("t.txt", []byte(text), parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		extractHalfwidthPunct(doc, nil)
		extractPunctPairs(doc, nil)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: %v for %d bytes", name, d, len(text))
		}
	}
}
