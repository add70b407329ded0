package report

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/gwlint/gwlint/finding"
)

// fixtureBase is an absolute base directory that needs no cwd to resolve.
const fixtureBase = "/srv/gwlint-fixture"

// Documents written for these tests in the register of a county trade
// union's annual work summary. They exercise a path with Han characters and
// a space, a line where the astral 𠀋 makes UTF-16 and rune columns differ,
// half-width punctuation, a tab, a very long pasted paragraph, and a span
// that crosses a line end.
const (
	reportPath = fixtureBase + "/docs/报告 1.txt"
	reportText = "关于2024年度工会工作的总结\n" +
		"一、主要工作\n" +
		"𠀋县总工会坚持以职工为中心，，扎实推进各项工作。\n" +
		"全年共支出元整，慰问困难职工XX名。\n" +
		"二、存在问题\n" +
		"\t部分基层工会,制度执行不到位。\n"

	noticePath = fixtureBase + "/a:b/通知.txt"
	brokenPath = fixtureBase + "/损坏.docx"
	cleanPath  = fixtureBase + "/自查报告.txt"
)

// noticeText has one paragraph of about 600 characters pasted as a single
// line, with web debris (a zero-width space) in its middle, followed by a
// heading that runs over two lines.
var noticeText = "各基层工会：\n" +
	strings.Repeat("为深入贯彻落实上级工会工作部署，切实维护职工合法权益，", 10) +
	"请于本月底前报送\u200b材料。" +
	strings.Repeat("进一步健全职工代表大会制度，推动厂务公开民主管理。", 10) + "\n" +
	"三、下一步工作\n打算\n"

// at builds a finding for the first occurrence of needle in text, with
// positions computed the way the engine computes them.
func at(t *testing.T, path, text, needle string, f finding.Finding) finding.Finding {
	t.Helper()
	start := strings.Index(text, needle)
	if start < 0 {
		t.Fatalf("fixture: %q not in %s", needle, path)
	}
	end := start + len(needle)
	f.Path = path
	f.Start = positionAt(text, start)
	f.End = positionAt(text, end)
	f.Text = needle
	lineStart := strings.LastIndex(text[:start], "\n") + 1
	lineEnd := strings.IndexByte(text[start:], '\n')
	if lineEnd < 0 {
		lineEnd = len(text) - start
	}
	f.LineText = text[lineStart : start+lineEnd]
	if f.Category == "" {
		f.Category, _, _ = strings.Cut(f.Rule, "/")
	}
	if f.Fingerprint == "" {
		f.Fingerprint = "fp-" + f.Rule + "-" + needle
	}
	return f
}

// positionAt converts a byte offset into a Position.
func positionAt(text string, offset int) finding.Position {
	lineStart := strings.LastIndex(text[:offset], "\n") + 1
	prefix := text[lineStart:offset]
	return finding.Position{
		Line:       strings.Count(text[:offset], "\n") + 1,
		Column:     len(utf16.Encode([]rune(prefix))) + 1,
		Offset:     offset,
		RuneColumn: utf8.RuneCountInString(prefix) + 1,
	}
}

// fixtureRules is the enabled rule list, in `gwlint rules` order.
func fixtureRules() []finding.Rule {
	return []finding.Rule{
		{ID: "placeholder/unfilled", Category: "placeholder", Name: "unfilled", Title: "模板占位符未填写",
			Description: "模板中的 XX、*** 等占位符说明材料尚未定稿。", Severity: finding.SeverityError,
			Bad: []finding.Example{{Text: "慰问困难职工XX名"}}, Good: []finding.Example{{Text: "慰问困难职工36名"}}, Builtin: true},
		{ID: "number/missing-amount", Category: "number", Name: "missing-amount", Title: "金额数字缺失",
			Description: strings.Repeat("删除模板数字后留下“共支出元整”之类的空缺。", 60), Severity: finding.SeverityError, Builtin: true},
		{ID: "punct/repeated", Category: "punct", Name: "repeated", Title: "重复标点",
			Description: "连续使用同一标点，多为录入错误。", Severity: finding.SeverityWarning,
			Bad: []finding.Example{{Text: "扎实推进，，各项工作", Note: "两个逗号"}}, Builtin: true},
		{ID: "punct/halfwidth", Category: "punct", Name: "halfwidth", Title: "半角标点",
			Description: "中文行文应使用全角标点。", Severity: finding.SeverityWarning, Builtin: true,
			HelpURI: "https://example.org/gwlint/punct-halfwidth"},
		{ID: "debris/invisible-char", Category: "debris", Name: "invisible-char", Title: "不可见字符",
			Description: "从网页复制时带入的零宽字符。", Severity: finding.SeverityInfo, Builtin: true},
		{ID: "structure/heading-split", Category: "structure", Name: "heading-split", Title: "标题被拆行",
			Description: "标题跨行书写。", Severity: finding.SeverityInfo, Builtin: true},
	}
}

// fixtureRun is what the engine hands a reporter for the fixture: files in
// path order, findings sorted by line, column and rule.
type fixtureRun struct {
	meta    Meta
	files   []finding.File
	results [][]finding.Finding
	summary Summary
}

func newFixtureRun(t *testing.T) fixtureRun {
	t.Helper()
	notice := []finding.Finding{
		at(t, noticePath, noticeText, "\u200b", finding.Finding{Rule: "debris/invisible-char",
			Severity: finding.SeverityInfo, Message: "含有零宽空格（U+200B）", Section: "",
			Suggestions: []finding.Suggestion{{Description: "删除零宽空格", Replacement: "", Safe: true}}}),
		at(t, noticePath, noticeText, "三、下一步工作\n打算", finding.Finding{Rule: "structure/heading-split",
			Severity: finding.SeverityInfo, Message: "标题“三、下一步工作打算”被拆成两行", Section: "三、下一步工作"}),
		at(t, noticePath, noticeText, "打算", finding.Finding{Rule: "gwlint/unused-directive",
			Severity: finding.SeverityWarning, Message: "gwlint-ignore 指令未抑制任何问题: a,b <c> & 100%",
			Section: "三、下一步工作"}),
	}
	report := []finding.Finding{
		at(t, reportPath, reportText, "，，", finding.Finding{Rule: "punct/repeated", Severity: finding.SeverityWarning,
			Message: "重复标点“，，”", Section: "一、主要工作",
			Suggestions: []finding.Suggestion{{Description: "保留一个逗号", Replacement: "，", Safe: true}}}),
		at(t, reportPath, reportText, "支出元整", finding.Finding{Rule: "number/missing-amount", Severity: finding.SeverityError,
			Message: "“支出元整”缺少金额数字", Section: "一、主要工作"}),
		at(t, reportPath, reportText, "XX", finding.Finding{Rule: "placeholder/unfilled", Severity: finding.SeverityError,
			Message: "占位符“XX”未填写", Section: "一、主要工作",
			Suggestions: []finding.Suggestion{{Description: "填写实际人数", Replacement: "36"}}}),
		at(t, reportPath, reportText, ",", finding.Finding{Rule: "punct/halfwidth", Severity: finding.SeverityWarning,
			Message: "半角逗号“,”应为全角“，”", Section: "二、存在问题",
			Suggestions: []finding.Suggestion{{Description: "改为全角逗号", Replacement: "，", Safe: true}}}),
	}
	return fixtureRun{
		meta: Meta{ToolName: "gwlint", ToolVersion: "0.1.0-test", Rules: fixtureRules(), BaseDir: fixtureBase},
		files: []finding.File{
			{Path: noticePath, Kind: "text"},
			{Path: reportPath, Kind: "text"},
			{Path: brokenPath, Kind: "docx", Error: "open docx: zip: not a valid zip file"},
			{Path: cleanPath, Kind: "text"},
		},
		results: [][]finding.Finding{notice, report, nil, nil},
		summary: Summary{Files: 4, FilesWithErrors: 1, Errors: 2, Warnings: 3, Infos: 2},
	}
}

// render runs the fixture through a reporter of format and returns its
// output and the step summary it wrote, if any.
func (r fixtureRun) render(t *testing.T, format string, opts Options) (out, stepSummary string) {
	t.Helper()
	var buf, summary strings.Builder
	if format == "github" {
		opts.StepSummary = &summary
	}
	rep, err := New(format, &buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Start(r.meta); err != nil {
		t.Fatalf("Start: %v", err)
	}
	for i, f := range r.files {
		if err := rep.File(f, r.results[i]); err != nil {
			t.Fatalf("File(%s): %v", f.Path, err)
		}
	}
	if err := rep.Finish(r.summary); err != nil {
		t.Fatalf("Finish: %v", err)
	}
	return buf.String(), summary.String()
}
