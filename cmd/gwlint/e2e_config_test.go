package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
)

func TestConfigErrorsGiveTheLine(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		".gwlint.yaml": "rules:\n  placeholder/unfilled: {level: warning}\n  wording/no-such-rule: off\nignroe: [\"x/**\"]\n",
		"a.txt":        cleanDoc,
	})
	r := gw(t, dir, "", "lint", "a.txt")
	if r.code != 2 {
		t.Fatalf("exit %d, want 2\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, ".gwlint.yaml:4") || !strings.Contains(r.stderr, "ignroe") {
		t.Errorf("unknown key not reported with its line:\n%s", r.stderr)
	}
}

func TestConfigUnknownRuleGivesTheLine(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		".gwlint.yaml": "rules:\n  placeholder/unfilled: {level: warning}\n  wording/no-such-rule: off\n",
		"a.txt":        cleanDoc,
	})
	r := gw(t, dir, "", "lint", "a.txt")
	if r.code != 2 || !strings.Contains(r.stderr, ".gwlint.yaml:3") || !strings.Contains(r.stderr, "no-such-rule") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
}

func TestConfigLevelsAndIgnore(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		".gwlint.yaml":    "rules:\n  placeholder/unfilled: {level: warning}\nignore:\n  - \"drafts/**\"\n",
		"bad.txt":         placeholderDoc,
		"drafts/also.txt": placeholderDoc,
	})
	r := gw(t, dir, "", "lint", ".")
	if r.code != 0 {
		t.Errorf("warning-level findings must not fail at --fail-level error: exit %d\n%s", r.code, r.stdout)
	}
	if !strings.Contains(r.stdout, "warning placeholder/unfilled") || strings.Contains(r.stdout, "drafts") {
		t.Errorf("want warning level and drafts ignored:\n%s", r.stdout)
	}
	if r := gw(t, dir, "", "lint", "--fail-level", "warning", "."); r.code != 1 {
		t.Errorf("--fail-level warning: exit %d, want 1", r.code)
	}
	if r := gw(t, dir, "", "lint", "--disable", "placeholder/*", "bad.txt"); r.code != 0 || strings.Contains(r.stdout, "placeholder/") {
		t.Errorf("--disable placeholder/*: exit %d\n%s", r.code, r.stdout)
	}
}

func TestInitWritesAConfigThatLoads(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": cleanDoc})
	if r := gw(t, dir, "", "init"); r.code != 0 {
		t.Fatalf("init: %d %s", r.code, r.stderr)
	}
	if r := gw(t, dir, "", "init"); r.code != 2 {
		t.Errorf("init over an existing file: exit %d, want 2", r.code)
	}
	if r := gw(t, dir, "", "lint", "a.txt"); r.code != 0 {
		t.Errorf("lint with the generated config: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestUserRuleFolderAndDataFile(t *testing.T) {
	rule := `# METADATA
# title: 禁用“加强领导”套话
# description: An organisation's own style rule, added without rebuilding gwlint.
# custom:
#   id: wording/house-style
#   category: wording
#   severity: warning
#   bad: [加强领导]
#   good: [完善机制]
package gwlint.rules.wording["house-style"]

import data.gwlint.match
import data.gwlint.result

report contains finding if {
	some [m, _] in match.kept("house_style")
	finding := result.fail(rego.metadata.chain(), m, "请避免套话")
}
`
	test := `package gwlint.rules.wording["house-style_test"]

import data.gwlint.rules.wording["house-style"] as rule

test_flags if {
	fs := rule.report with input as gwlint.input("t.txt", "要加强领导。")
	count(fs) == 1
}
`
	dir := writeFiles(t, map[string]string{
		".gwlint.yaml": "rule_paths: [policy]\ndata: [words.yaml]\n",
		"policy/wording/house-style/house-style.rego":      rule,
		"policy/wording/house-style/house-style_test.rego": test,
		"words.yaml": "patterns:\n  house_style:\n    - literal: 加强领导\n  placeholder:\n    - id: dept-mask\n      what: 部门名称\n      regex: '〇〇部'\n",
		"a.txt":      "县总工会关于开展职工书屋建设的通知\n各基层工会要加强领导，由〇〇部负责。\n",
	})
	r := gw(t, dir, "", "lint", "--format", "json", "a.txt")
	if !strings.Contains(r.stdout, `"wording/house-style"`) {
		t.Errorf("user rule did not run:\n%s%s", r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "〇〇部") {
		t.Errorf("user placeholder pattern did not match:\n%s", r.stdout)
	}
	if r := gw(t, dir, "", "rules"); !strings.Contains(r.stdout, "wording/house-style") || !strings.Contains(r.stdout, "(user rule)") {
		t.Errorf("rules does not list the user rule:\n%s", r.stdout)
	}
	if r := gw(t, dir, "", "test"); r.code != 0 || !strings.Contains(r.stdout, "0 failed") {
		t.Errorf("user rule tests: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestInlineSuppression(t *testing.T) {
	md := "# 县总工会工作通知\n\n" +
		"<!-- gwlint-disable-next-line placeholder/unfilled -- 原件如此，待上级补充 -->\n" +
		"XX年职工书屋建设工作由办公室负责。\n\n" +
		"<!-- gwlint-disable-next-line placeholder/unfilled -->\n" +
		"XX年经费由财务室负责。\n\n" +
		"<!-- gwlint-disable-next-line punctuation/empty-pair -- 不会用到 -->\n" +
		"各基层工会认真落实。\n"
	dir := writeFiles(t, map[string]string{"a.md": md})
	r := gw(t, dir, "", "lint", "--format", "json", "a.md")
	if strings.Count(r.stdout, `"rule":"placeholder/unfilled"`) != 1 {
		t.Errorf("want exactly the second placeholder reported (the first is suppressed with a reason):\n%s", r.stdout)
	}
	for _, want := range []string{"gwlint/directive-missing-reason", "gwlint/unused-directive"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("missing %s finding:\n%s", want, r.stdout)
		}
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": placeholderDoc})
	if r := gw(t, dir, "", "lint", "--write-baseline", "base.json", "a.txt"); r.code != 1 {
		t.Fatalf("write-baseline run: exit %d\n%s", r.code, r.stderr)
	}
	if r := gw(t, dir, "", "lint", "--baseline", "base.json", "a.txt"); r.code != 0 {
		t.Errorf("baseline hides known findings: exit %d\n%s", r.code, r.stdout)
	}
	// Lines added above shift positions; the fingerprints still match.
	shifted := "县总工会关于开展职工书屋建设的通知\n为丰富职工文化生活，现通知如下。\n各基层工会：XX年职工书屋建设工作由副主席___负责。\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(shifted), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := gw(t, dir, "", "lint", "--baseline", "base.json", "a.txt"); r.code != 0 {
		t.Errorf("after an edit elsewhere: exit %d\n%s", r.code, r.stdout)
	}
	// A new problem is still reported.
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(shifted+"XX月完成验收。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := gw(t, dir, "", "lint", "--baseline", "base.json", "a.txt"); r.code != 1 || strings.Count(r.stdout, "placeholder/unfilled") != 1 {
		t.Errorf("new finding after baseline: exit %d\n%s", r.code, r.stdout)
	}
}

func TestEvaluationTimeoutNamesDocumentAndRuleSet(t *testing.T) {
	slow := testenv.SlowRule
	dir := writeFiles(t, map[string]string{
		".gwlint.yaml":                "rule_paths: [slow]\n",
		"slow/wording/slow/slow.rego": slow,
		"a.txt":                       cleanDoc,
	})
	r := gw(t, dir, "", "lint", "--timeout", "200ms", "a.txt")
	out := r.stdout + r.stderr
	if r.code != 2 || !strings.Contains(out, "a.txt") || !strings.Contains(out, "timed out") || !strings.Contains(out, "slow") {
		t.Errorf("exit %d, want 2 with a message naming the file, the timeout and the rule set:\n%s", r.code, out)
	}
}
