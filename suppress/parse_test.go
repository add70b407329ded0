package suppress

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

func TestParseDirectiveForms(t *testing.T) {
	tests := []struct {
		comment string
		kind    Kind
		rules   []string
		reason  string
	}{
		{"<!-- gwlint-disable-next-line wording/typo -- 原文引用 -->", DisableNextLine, []string{"wording/typo"}, "原文引用"},
		{"gwlint-disable wording/typo, format/* -- 旧稿 -- 保留", Disable, []string{"wording/typo", "format/*"}, "旧稿 -- 保留"},
		{"gwlint-disable wording/typo，format/date — 全角逗号与长破折号", Disable, []string{"wording/typo", "format/date"}, "全角逗号与长破折号"},
		{"gwlint-ignore all 历史文件", Ignore, []string{"all"}, "历史文件"},
		{"gwlint-ignore wording/typo – Word 自动替换的短破折号", Ignore, []string{"wording/typo"}, "Word 自动替换的短破折号"},
		{"gwlint-disable wording/typo,wording/typo -- 重复", Disable, []string{"wording/typo"}, "重复"},
		{"gwlint-disable-next-line wording/typo", DisableNextLine, []string{"wording/typo"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.comment, func(t *testing.T) {
			d, err := parseComment(Comment{Text: tt.comment, AnchorStart: -1})
			if err != nil || d == nil {
				t.Fatalf("parseComment = %v, %v", d, err)
			}
			if d.Kind != tt.kind || !reflect.DeepEqual(d.Rules, tt.rules) || d.Reason != tt.reason {
				t.Errorf("got %v %q %q, want %v %q %q", d.Kind, d.Rules, d.Reason, tt.kind, tt.rules, tt.reason)
			}
		})
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"unknown verb", "<!-- gwlint-disabel wording/typo -- x -->\n", `unknown directive "gwlint-disabel"`},
		{"no rule", "<!-- gwlint-disable -- 原因 -->\n", "gwlint-disable names no rule"},
		{"not a rule id", "<!-- gwlint-disable-next-line typo -- 原因 -->\n", `gwlint-disable-next-line: "typo" is not a rule id`},
		{"enable without disable", "<!-- gwlint-enable wording/typo -->\n", "gwlint-enable wording/typo has no open gwlint-disable"},
		{"enable does not close a category", "<!-- gwlint-disable wording/* -- 引文 -->\n<!-- gwlint-enable wording/typo -->\n",
			"gwlint-enable wording/typo has no open gwlint-disable"},
		{"ignore outside Word", "<!-- gwlint-ignore wording/typo 原因 -->\n", "works only in a Word comment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			comments := htmlComments(tt.text)
			_, problems := Parse(tt.text, comments)
			if len(problems) != 1 {
				t.Fatalf("problems = %+v, want one", problems)
			}
			p := problems[0]
			last := comments[len(comments)-1]
			if p.Rule != RuleInvalid || !strings.Contains(p.Message, tt.want) || p.Start != last.Start || p.End != last.End {
				t.Errorf("problem = %+v, want %s containing %q at %d-%d", p, RuleInvalid, tt.want, last.Start, last.End)
			}
		})
	}
}

func TestParseSkipsOrdinaryComments(t *testing.T) {
	text := "<!-- 以下为2024年上半年工作总结 -->\n<!-- gwlintignore -->\n正文。\n"
	dirs, problems := Parse(text, htmlComments(text))
	if len(dirs) != 0 || len(problems) != 0 {
		t.Errorf("Parse = %+v, %+v; want nothing", dirs, problems)
	}
}

func TestParseSurvivesBadOffsets(t *testing.T) {
	text := "正文。\n"
	comments := []Comment{
		{Text: "gwlint-disable-next-line a/b -- r", Start: -5, End: 999, AnchorStart: -1, AnchorEnd: -1},
		{Text: "gwlint-ignore a/b r", Start: 3, End: 1, AnchorStart: 50, AnchorEnd: -20},
		{Text: "gwlint-disable a/b -- r", Start: 100, End: 200, AnchorStart: -1, AnchorEnd: -1},
	}
	dirs, _ := Parse(text, comments)
	for _, d := range dirs {
		if d.From < 0 || d.To > len(text) || d.From > d.To {
			t.Errorf("directive %v covers %d-%d outside the text", d.Kind, d.From, d.To)
		}
	}
}

func TestCheckRules(t *testing.T) {
	text := "<!-- gwlint-disable-next-line wording/tyop,format/*,layout/*,all,wording/typo -- 原因 -->\n正文\n"
	dirs, _ := Parse(text, htmlComments(text))
	problems := CheckRules(dirs, []string{"wording/typo", "format/date"})
	var msgs []string
	for _, p := range problems {
		msgs = append(msgs, p.Message)
	}
	want := []string{
		`gwlint-disable-next-line names unknown rule "wording/tyop"`,
		`gwlint-disable-next-line names unknown rule "layout/*"`,
	}
	if !reflect.DeepEqual(msgs, want) {
		t.Errorf("CheckRules = %q, want %q", msgs, want)
	}
}

func FuzzParseApply(f *testing.F) {
	f.Add("<!-- gwlint-disable a/b -- r -->\n正文\n<!-- gwlint-enable a/b -->", 3, 10)
	f.Add("𠀋\n<!-- gwlint-disable-next-line all -->\n\n", 0, 1)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		comments := append(htmlComments(text), Comment{Text: text, Start: start, End: end, AnchorStart: start, AnchorEnd: end})
		dirs, _ := Parse(text, comments)
		findings := []finding.Finding{{Rule: "a/b", Start: finding.Position{Offset: start}, End: finding.Position{Offset: end}}}
		kept, _ := Apply(dirs, findings, nil)
		if len(kept) > 1 {
			t.Fatalf("Apply invented findings: %v", kept)
		}
	})
}
