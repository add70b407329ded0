package report

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

// benchFindings imitates a long report's findings: n duplicated paragraphs
// of Han text with full-width punctuation, each on its own line (so no two
// findings share a line), all in one file, every third with a suggestion.
func benchFindings(n int) []finding.Finding {
	para := strings.Repeat("全年共组织职工技能培训（含线上课程），参训人员逐步增加；", 3)
	fs := make([]finding.Finding, n)
	for i := range fs {
		line := 10 + 2*i
		fs[i] = finding.Finding{
			Rule: "artifact/duplicate-paragraph", Category: "artifact", Severity: finding.SeverityWarning,
			Message: fmt.Sprintf("段落与第 %d 行重复", line-2), Path: "reports/年度总结.txt",
			Start: finding.Position{Line: line, Column: 1, RuneColumn: 1, Offset: 300 * i},
			End:   finding.Position{Line: line, Column: 85, RuneColumn: 85, Offset: 300*i + 252},
			Text:  para, LineText: para, Section: "一、主要工作开展情况 > （二）加强职工队伍建设",
			Suggestions: []finding.Suggestion{}, Fingerprint: "0123456789abcdef0123456789abcdef",
		}
		if i%3 == 0 {
			fs[i].Suggestions = []finding.Suggestion{{Description: "删除重复段落", Safe: false}}
		}
	}
	return fs
}

// benchmarkFormat writes one file of 3,000 findings in format per iteration.
func benchmarkFormat(b *testing.B, format string) {
	fs := benchFindings(3000)
	b.ReportAllocs()
	for b.Loop() {
		rep, err := New(format, io.Discard, Options{StepSummary: io.Discard})
		if err != nil {
			b.Fatal(err)
		}
		if err := rep.Start(Meta{ToolName: "gwlint", ToolVersion: "dev", BaseDir: "."}); err != nil {
			b.Fatal(err)
		}
		if err := rep.File(finding.File{Path: fs[0].Path, Kind: "年度总结"}, fs); err != nil {
			b.Fatal(err)
		}
		if err := rep.Finish(Summary{Files: 1, Warnings: len(fs)}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONReport(b *testing.B)   { benchmarkFormat(b, "json") }
func BenchmarkTextReport(b *testing.B)   { benchmarkFormat(b, "text") }
func BenchmarkSARIFReport(b *testing.B)  { benchmarkFormat(b, "sarif") }
func BenchmarkGitHubReport(b *testing.B) { benchmarkFormat(b, "github") }
