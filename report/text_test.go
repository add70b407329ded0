package report

import (
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

// TestTextUnderlineAlignsWithCJK renders every fixture finding and checks
// that the caret sits at the display column where the span's text starts
// in the shown source line, counting Han and full-width punctuation as two
// columns.
func TestTextUnderlineAlignsWithCJK(t *testing.T) {
	run := newFixtureRun(t)
	for _, findings := range run.results {
		for _, fd := range findings {
			t.Run(fd.Rule, func(t *testing.T) {
				var out strings.Builder
				rep := newTextReporter(&out, Options{Quiet: true})
				rep.writeFinding(fd)
				if err := rep.out.Flush(); err != nil {
					t.Fatal(err)
				}
				lines := strings.Split(out.String(), "\n")
				if len(lines) < 3 {
					t.Fatalf("want diagnostic, source and underline lines, got %q", out.String())
				}
				source := strings.TrimPrefix(lines[1], excerptIndent)
				underline := strings.TrimPrefix(lines[2], excerptIndent)
				firstLine, _, _ := strings.Cut(fd.Text, "\n")
				var needle strings.Builder
				for _, g := range lineGlyphs(firstLine) {
					needle.WriteString(g.text)
				}
				if got, want := caretColumn(t, underline), displayPrefixWidth(t, source, needle.String()); got != want {
					t.Errorf("caret at display column %d, span text at %d\n%s\n%s", got, want, source, underline)
				}
				if got, want := stringWidth(strings.TrimLeft(underline, " ")), stringWidth(needle.String()); got != want {
					t.Errorf("underline is %d columns, span is %d", got, want)
				}
			})
		}
	}
}

func TestTextDiagnosticLine(t *testing.T) {
	doc := "第一行\n慰问困难职工XX名。\n"
	fd := at(t, "/base/总结.txt", doc, "XX", finding.Finding{Rule: "placeholder/unfilled", Severity: finding.SeverityError,
		Message: "占位符\x1b[31m未填写", Suggestions: []finding.Suggestion{{Replacement: "36"}}})
	var out strings.Builder
	rep, err := New("text", &out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Start(Meta{BaseDir: "/base"}); err != nil {
		t.Fatal(err)
	}
	if err := rep.File(finding.File{Path: "/base/总结.txt"}, []finding.Finding{fd}); err != nil {
		t.Fatal(err)
	}
	if err := rep.Finish(Summary{Files: 1, Errors: 1}); err != nil {
		t.Fatal(err)
	}
	want := "总结.txt:2:7: error placeholder/unfilled: 占位符<U+001B>[31m未填写\n" +
		"    慰问困难职工XX名。\n" +
		"                ^~\n" +
		"\n1 error, 0 warnings, 0 infos in 1 file\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func TestSummaryLine(t *testing.T) {
	cases := []struct {
		s    Summary
		want string
	}{
		{Summary{Files: 3}, "no problems found in 3 files"},
		{Summary{Files: 1}, "no problems found in 1 file"},
		{Summary{Files: 5, Errors: 1, Warnings: 2, Infos: 1}, "1 error, 2 warnings, 1 info in 5 files"},
		{Summary{Files: 2, FilesWithErrors: 1}, "no problems found in 2 files (1 file could not be linted)"},
	}
	for _, c := range cases {
		if got := summaryLine(c.s); got != c.want {
			t.Errorf("summaryLine(%+v) = %q, want %q", c.s, got, c.want)
		}
	}
}

func TestSuggestionHintOnlyForSafeSuggestions(t *testing.T) {
	cases := []struct {
		in   []finding.Suggestion
		want string
	}{
		{nil, ""},
		{[]finding.Suggestion{{Replacement: "36"}}, ""},
		{[]finding.Suggestion{{Replacement: "36"}, {Replacement: "，", Description: "全角", Safe: true}},
			`suggestion: replace with "，" (全角)`},
		{[]finding.Suggestion{{Safe: true}}, "suggestion: delete it"},
		{[]finding.Suggestion{{Replacement: "\u200b", Safe: true}}, `suggestion: replace with "\u200b"`},
	}
	for _, c := range cases {
		got, ok := suggestionHint(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("suggestionHint(%+v) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestTextColorOnlyWhenAsked(t *testing.T) {
	run := newFixtureRun(t)
	plain, _ := run.render(t, "text", Options{})
	colored, _ := run.render(t, "text", Options{Color: true})
	if strings.Contains(plain, "\x1b[") {
		t.Error("plain text output contains ANSI escapes")
	}
	if !strings.Contains(colored, sgrRed+"error"+sgrReset) {
		t.Error("coloured output does not colour the error severity")
	}
	quiet, _ := run.render(t, "text", Options{Quiet: true})
	if strings.Contains(quiet, "in 4 files") || !strings.Contains(quiet, "损坏.docx: error:") {
		t.Errorf("quiet output should keep findings and file errors but drop the summary:\n%s", quiet)
	}
}
