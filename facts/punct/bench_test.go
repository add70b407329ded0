package punct

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/parser"
)

// benchReport is a generated report of about 60 KB: headings and body
// paragraphs with full-width punctuation, quotations and book titles, and
// every tenth paragraph typed with half-width marks and a web address, the
// mix the punctuation facts are built for.
func benchReport(b *testing.B) *parser.Document {
	b.Helper()
	var sb strings.Builder
	sb.WriteString("县总工会二〇二三年度工作总结\n")
	for i := 1; i <= 200; i++ {
		if i%20 == 1 {
			fmt.Fprintf(&sb, "%d、第%d项重点工作\n", i/20+1, i/20+1)
		}
		if i%10 == 0 {
			sb.WriteString("全年组织活动12场,参与职工3000余人次;详见http://www.example.cn/report?id=1,(含附件)。\n")
			continue
		}
		sb.WriteString("深入学习《中华人民共和国工会法》，开展“安康杯”竞赛（共计十二场），" +
			"职工满意度进一步提升；下一步将继续健全长效机制，努力开创工会工作新局面。\n")
	}
	doc, err := parser.Parse("bench.txt", []byte(sb.String()), parser.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

func BenchmarkPunctFacts(b *testing.B) {
	doc := benchReport(b)
	b.Run("halfwidth", func(b *testing.B) {
		b.SetBytes(int64(len(doc.Text)))
		for b.Loop() {
			extractHalfwidthPunct(doc, nil)
		}
	})
	b.Run("pairs", func(b *testing.B) {
		b.SetBytes(int64(len(doc.Text)))
		for b.Loop() {
			extractPunctPairs(doc, nil)
		}
	})
}
