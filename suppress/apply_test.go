package suppress

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

func TestApplyMarkdownDirectives(t *testing.T) {
	type want struct {
		kept     []string
		problems []string
	}
	tests := []struct {
		name     string
		text     string
		findings func(t *testing.T, text string) []finding.Finding
		want     want
	}{
		{
			name: "next line skips blank lines and covers only that line",
			text: "<!-- gwlint-disable-next-line wording/typo -- 引用上级文件原文 -->\n\u3000\n按装监控设备。\n再次按装。\n",
			findings: func(t *testing.T, text string) []finding.Finding {
				return []finding.Finding{at(t, text, "wording/typo", "按装", 1), at(t, text, "wording/typo", "按装", 2)}
			},
			want: want{kept: []string{"wording/typo:按装"}},
		},
		{
			name: "next line does not cover the comment's own line",
			text: "共支出元整 <!-- gwlint-disable-next-line placeholder/deleted-number -- 待财务核定 -->\n下一行正常。\n",
			findings: func(t *testing.T, text string) []finding.Finding {
				return []finding.Finding{at(t, text, "placeholder/deleted-number", "元整", 1)}
			},
			want: want{kept: []string{"placeholder/deleted-number:元整"}, problems: []string{RuleUnused}},
		},
		{
			name: "stacked next-line directives reach the same text line",
			text: "<!-- gwlint-disable-next-line wording/typo -- 原文 -->\n<!-- gwlint-disable-next-line punctuation/half-width -- 原文 -->\n帐号,密码。\n",
			findings: func(t *testing.T, text string) []finding.Finding {
				return []finding.Finding{at(t, text, "wording/typo", "帐号", 1), at(t, text, "punctuation/half-width", ",", 1)}
			},
			want: want{},
		},
		{
			name: "disable until enable",
			text: "前文XX年。\n<!-- gwlint-disable placeholder/unfilled -- 模板示例 -->\n填写XX年度。\n<!-- gwlint-enable placeholder/unfilled -->\n后文XX年。\n",
			findings: func(t *testing.T, text string) []finding.Finding {
				return []finding.Finding{
					at(t, text, "placeholder/unfilled", "XX", 1),
					at(t, text, "placeholder/unfilled", "XX", 2),
					at(t, text, "placeholder/unfilled", "XX", 3),
				}
			},
			want: want{kept: []string{"placeholder/unfilled:XX", "placeholder/unfilled:XX"}},
		},
		{
			name: "disable without enable runs to the end",
			text: "<!-- gwlint-disable wording/typo -- 整篇为引文 -->\n一、按装\n二、帐号\n",
			findings: func(t *testing.T, text string) []finding.Finding {
				return []finding.Finding{at(t, text, "wording/typo", "按装", 1), at(t, text, "wording/typo", "帐号", 1)}
			},
			want: want{},
		},
		{
			name: "nested ranges per rule",
			text: "<!-- gwlint-disable wording/typo -- 外层 -->\nA按装\n<!-- gwlint-disable wording/typo -- 内层 -->\nB按装\n<!-- gwlint-enable wording/typo -->\nC按装\n<!-- gwlint-enable wording/typo -->\nD按装\n",
			findings: func(t *testing.T, text string) []finding.Finding {
				return []finding.Finding{
					at(t, text, "wording/typo", "A按装", 1), at(t, text, "wording/typo", "B按装", 1),
					at(t, text, "wording/typo", "C按装", 1), at(t, text, "wording/typo", "D按装", 1),
				}
			},
			want: want{kept: []string{"wording/typo:D按装"}},
		},
		{
			name: "one disable for two rules closed separately",
			text: "<!-- gwlint-disable wording/typo,format/date -- 旧稿 -->\n按装2024.1.5\n<!-- gwlint-enable format/date -->\n按装2024.1.6\n",
			findings: func(t *testing.T, text string) []finding.Finding {
				return []finding.Finding{
					at(t, text, "wording/typo", "按装", 1), at(t, text, "format/date", "2024.1.5", 1),
					at(t, text, "wording/typo", "按装", 2), at(t, text, "format/date", "2024.1.6", 1),
				}
			},
			want: want{kept: []string{"format/date:2024.1.6"}},
		},
		{
			name: "all and category patterns",
			text: "<!-- gwlint-disable-next-line all -- 转载全文 -->\n帐号XX年\n<!-- gwlint-disable-next-line placeholder/* -- 模板 -->\n帐号XX年***\n",
			findings: func(t *testing.T, text string) []finding.Finding {
				return []finding.Finding{
					at(t, text, "wording/typo", "帐号", 1), at(t, text, "placeholder/unfilled", "XX", 1),
					at(t, text, "wording/typo", "帐号", 2), at(t, text, "placeholder/unfilled", "XX", 2),
					at(t, text, "placeholder/stars", "***", 1),
				}
			},
			want: want{kept: []string{"wording/typo:帐号"}},
		},
		{
			name: "missing reason suppresses nothing",
			text: "<!-- gwlint-disable-next-line wording/typo -->\n按装\n",
			findings: func(t *testing.T, text string) []finding.Finding {
				return []finding.Finding{at(t, text, "wording/typo", "按装", 1)}
			},
			want: want{kept: []string{"wording/typo:按装"}, problems: []string{RuleMissingReason}},
		},
		{
			name: "unused directive",
			text: "<!-- gwlint-disable wording/typo -- 以防万一 -->\n全文无误。\n",
			findings: func(t *testing.T, text string) []finding.Finding {
				return nil
			},
			want: want{problems: []string{RuleUnused}},
		},
		{
			name: "astral characters do not disturb offsets",
			text: "𠀋𠀋<!-- gwlint-disable-next-line wording/typo -- 人名用字 -->\n𠀋按装\n",
			findings: func(t *testing.T, text string) []finding.Finding {
				return []finding.Finding{at(t, text, "wording/typo", "按装", 1)}
			},
			want: want{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dirs, parseProblems := Parse(tt.text, htmlComments(tt.text))
			if len(parseProblems) > 0 {
				t.Fatalf("parse problems: %+v", parseProblems)
			}
			kept, problems := Apply(dirs, tt.findings(t, tt.text), nil)
			if got := keptTexts(kept); !reflect.DeepEqual(got, tt.want.kept) {
				t.Errorf("kept = %q, want %q", got, tt.want.kept)
			}
			if got := problemRules(problems); !reflect.DeepEqual(got, tt.want.problems) {
				t.Errorf("problems = %q (%+v), want %q", got, problems, tt.want.problems)
			}
		})
	}
}

func TestApplyWordCommentAnchors(t *testing.T) {
	text := "本单位于2024.3.1完成自查，共发现问题5个。\n"
	anchorStart := strings.Index(text, "2024.3.1")
	anchorEnd := anchorStart + len("2024.3.1完成")
	comments := []Comment{{
		Text:  "Gwlint-ignore format/date,format/number 与原始台账一致",
		Start: anchorStart, End: anchorStart, AnchorStart: anchorStart, AnchorEnd: anchorEnd,
	}}
	dirs, problems := Parse(text, comments)
	if len(problems) > 0 || len(dirs) != 1 {
		t.Fatalf("Parse = %+v, %+v", dirs, problems)
	}
	if d := dirs[0]; d.Reason != "与原始台账一致" || !reflect.DeepEqual(d.Rules, []string{"format/date", "format/number"}) {
		t.Errorf("directive = %+v", d)
	}
	partlyInside := finding.Finding{Rule: "format/date", Text: "3.1完成自查",
		Start: finding.Position{Offset: strings.Index(text, "3.1")}, End: finding.Position{Offset: strings.Index(text, "，")}}
	outside := at(t, text, "format/date", "5个", 1)
	otherRule := at(t, text, "wording/typo", "2024", 1)
	kept, problems := Apply(dirs, []finding.Finding{partlyInside, outside, otherRule}, nil)
	if got := keptTexts(kept); !reflect.DeepEqual(got, []string{"format/date:5个", "wording/typo:2024"}) {
		t.Errorf("kept = %q", got)
	}
	if len(problems) != 1 || problems[0].Rule != RuleUnused || !strings.Contains(problems[0].Message, "format/number") {
		t.Errorf("problems = %+v, want format/number reported unused", problems)
	}
}

func TestApplyUnusedOnlyForEnabledRules(t *testing.T) {
	text := "<!-- gwlint-disable-next-line wording/redundancy,wording/typo -- 引文 -->\n正文。\n"
	dirs, _ := Parse(text, htmlComments(text))
	enabled := func(rule string) bool { return rule != "wording/redundancy" }
	_, problems := Apply(dirs, nil, enabled)
	if len(problems) != 1 || !strings.Contains(problems[0].Message, "no wording/typo finding") {
		t.Fatalf("problems = %+v, want only wording/typo unused", problems)
	}
	_, problems = Apply(dirs, nil, func(string) bool { return false })
	if len(problems) != 0 {
		t.Errorf("directive for disabled rules reported: %+v", problems)
	}
}

func TestApplyIsRepeatable(t *testing.T) {
	text := "<!-- gwlint-disable-next-line wording/typo -- 引文 -->\n按装\n"
	dirs, _ := Parse(text, htmlComments(text))
	f := at(t, text, "wording/typo", "按装", 1)
	Apply(dirs, []finding.Finding{f}, nil)
	if _, problems := Apply(dirs, nil, nil); len(problems) != 1 {
		t.Errorf("second Apply without findings = %+v, want the directive unused", problems)
	}
}
