package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

func TestWorkflowCommandEscaping(t *testing.T) {
	cases := []struct {
		in, data, property string
	}{
		{"plain 文本", "plain 文本", "plain 文本"},
		{"100%", "100%25", "100%25"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"a:b,c", "a:b,c", "a%3Ab%2Cc"},
		{"%0A", "%250A", "%250A"},
	}
	for _, c := range cases {
		if got := escapeData(c.in); got != c.data {
			t.Errorf("escapeData(%q) = %q, want %q", c.in, got, c.data)
		}
		if got := escapeProperty(c.in); got != c.property {
			t.Errorf("escapeProperty(%q) = %q, want %q", c.in, got, c.property)
		}
	}
}

func TestAnnotation(t *testing.T) {
	doc := "标题\n慰问困难职工XX名，\n共计\n"
	single := at(t, "f.txt", doc, "XX", finding.Finding{Rule: "placeholder/unfilled", Severity: finding.SeverityError,
		Message: "占位符未填写:\n请补充"})
	multi := at(t, "f.txt", doc, "，\n共计", finding.Finding{Rule: "a/b", Severity: finding.SeverityInfo, Message: "m"})
	whole := finding.Finding{Rule: "c/d", Severity: finding.SeverityWarning, Message: "整篇缺少落款"}
	cases := []struct {
		name string
		f    finding.Finding
		want string
	}{
		{"single line keeps columns", single,
			"::error file=dir%2C1/f.txt,line=2,col=7,endLine=2,endColumn=9,title=placeholder/unfilled::占位符未填写:%0A请补充\n"},
		{"multi-line drops columns", multi, "::notice file=dir%2C1/f.txt,line=2,endLine=3,title=a/b::m\n"},
		{"whole file has no line", whole, "::warning file=dir%2C1/f.txt,title=c/d::整篇缺少落款\n"},
	}
	for _, c := range cases {
		if got := annotation(c.f, "dir,1/f.txt"); got != c.want {
			t.Errorf("%s:\ngot  %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestStepSummaryLimitsRows(t *testing.T) {
	tl := newTally()
	for i := range 25 {
		for range i + 1 {
			tl.addFinding(fmt.Sprintf("cat/rule-%02d", i), fmt.Sprintf("docs/第%02d号.txt", i))
		}
	}
	tl.addFailure("docs/a|b.docx", "zip: bad")
	md := stepSummary(Summary{Files: 26, FilesWithErrors: 1, Errors: 325}, tl)
	for _, want := range []string{
		"## gwlint\n", "325 errors, 0 warnings, 0 infos in 26 files (1 file could not be linted)",
		"| cat/rule-24 | 25 |", "| … and 5 more | |", "| docs/第24号.txt | 25 |", "| docs/a\\|b.docx | zip: bad |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("summary lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "rule-04 |") {
		t.Error("the 21st rule by count should be cut")
	}
	if i, j := strings.Index(md, "rule-24"), strings.Index(md, "rule-23"); i > j {
		t.Error("rules are not sorted by count, highest first")
	}
}

func TestGitHubWithoutStepSummary(t *testing.T) {
	var out strings.Builder
	rep, err := New("github", &out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Start(Meta{}); err != nil {
		t.Fatal(err)
	}
	if err := rep.File(finding.File{Path: "a.docx", Error: "损坏\n文件"}, nil); err != nil {
		t.Fatal(err)
	}
	if err := rep.Finish(Summary{Files: 1, FilesWithErrors: 1}); err != nil {
		t.Fatal(err)
	}
	if want := "::error file=a.docx::损坏%0A文件\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
