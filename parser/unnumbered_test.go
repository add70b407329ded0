package parser

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
)

// TestUnnumberedHeadingsOnCleanDocuments measures the unnumbered-heading
// heuristic on the documents we wrote: it must find the short heading
// lines each one has and turn no body sentence into a heading.
func TestUnnumberedHeadingsOnCleanDocuments(t *testing.T) {
	want := map[string][]string{
		"hardwrap_selfcheck.txt":      nil,
		"indented_annual.txt":         {"加强干部队伍建设", "规范经费资产管理"},
		"mixed_families_duty.txt":     nil,
		"no_title_report.txt":         nil,
		"pdf_dash_pages.txt":          nil,
		"pdf_pages_halfyear.txt":      nil,
		"prose_personal.txt":          nil,
		"traditional_summary.txt":     nil,
		"heldout_duty_prose.txt":      {"在学习上，坚持把提高能力放在首位。", "在工作上，努力做到认真负责。", "在作风上，始终严格要求自己。"},
		"heldout_selfcheck_lines.txt": {"成立安全生产工作领导小组", "层层签订目标责任书", "深入开展“安康杯”竞赛", "加强群众安全监督检查"},
		"heldout_halfyear_mixed.txt":  nil,
		"word_export.html":            nil,
	}
	dir := filepath.Join(testenv.RepoRoot(t), "testdata", "parser")
	body := 0
	for name, expected := range want {
		doc := parseFile(t, filepath.Join(dir, name))
		var got []string
		for _, h := range doc.Headings {
			if h.Unnumbered && !h.FromMarkup {
				got = append(got, h.Text)
			}
		}
		if !slices.Equal(got, expected) {
			t.Errorf("%s: unnumbered headings %q, want %q", name, got, expected)
		}
		for _, p := range doc.Paragraphs {
			if p.Role == RoleBody {
				body++
			}
		}
	}
	t.Logf("%d body paragraphs stayed body text", body)
}
