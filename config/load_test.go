package config

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

const exampleConfig = `version: 1
rules:
  placeholder/unfilled:
    level: warning
    min_run: 2
  wording/redundancy: off
  punctuation/*: {level: info}
  structure/missing-section:
    words: [存在问题, 下一步]
ignore:
  - "drafts/**"
  - "**/*.tmp.txt"
rule_paths: [./policy]
data: [./words/typos.yaml]
profiles:
  自查报告: {required_sections: [problems, plan]}
  自我评价: {required_sections: [problems]}
  工作计划: {required_sections: []}
  情况说明: {required_sections: [background]}
`

func TestParseExample(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".gwlint.yaml")
	cfg, err := Parse(path, []byte(exampleConfig))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Dir != dir {
		t.Errorf("Dir = %q, want %q", cfg.Dir, dir)
	}
	levels := map[string]string{
		"placeholder/unfilled": "warning",
		"wording/redundancy":   "none",
		"punctuation/*":        "info",
	}
	for id, want := range levels {
		rc := cfg.Rules[id]
		if rc.Level == nil || rc.Level.String() != want {
			t.Errorf("%s level = %v, want %s", id, rc.Level, want)
		}
	}
	if got := cfg.Rules["structure/missing-section"]; got.Level != nil || got.Line != 8 {
		t.Errorf("structure/missing-section = %+v, want no level at line 8", got)
	}
	if got := cfg.Rules["placeholder/unfilled"].Options["min_run"]; got != 2 {
		t.Errorf("min_run = %#v, want 2", got)
	}
	words := cfg.Rules["structure/missing-section"].Options["words"]
	if !reflect.DeepEqual(words, []any{"存在问题", "下一步"}) {
		t.Errorf("words = %#v", words)
	}
	if !reflect.DeepEqual(cfg.Ignore, []string{"drafts/**", "**/*.tmp.txt"}) {
		t.Errorf("Ignore = %q", cfg.Ignore)
	}
	if want := []string{filepath.Join(dir, "policy")}; !reflect.DeepEqual(cfg.RulePaths, want) {
		t.Errorf("RulePaths = %q, want %q", cfg.RulePaths, want)
	}
	if want := []string{filepath.Join(dir, "words", "typos.yaml")}; !reflect.DeepEqual(cfg.DataFiles, want) {
		t.Errorf("DataFiles = %q, want %q", cfg.DataFiles, want)
	}
	profiles := map[string][]string{
		"自查报告":   {"problems", "plan"},
		"自我评价":   {"problems"},
		"工作计划":   {},
		"情况说明":   {"background"},
		"年度工作总结": {"problems", "plan"}, // untouched default
	}
	for kind, want := range profiles {
		if got := cfg.Profiles[kind].RequiredSections; !reflect.DeepEqual(got, want) {
			t.Errorf("profile %s = %q, want %q", kind, got, want)
		}
	}
}

func TestParseEmptyGivesDefaults(t *testing.T) {
	for name, text := range map[string]string{
		"empty":         "",
		"comments only": "# nothing configured yet\n",
		"null document": "---\n",
		"empty rules":   "rules:\n  # wording/typo: off\n",
	} {
		t.Run(name, func(t *testing.T) {
			cfg, err := Parse("/p/.gwlint.yaml", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if len(cfg.Rules) != 0 || len(cfg.Ignore) != 0 {
				t.Errorf("want no rules or ignores, got %v %v", cfg.Rules, cfg.Ignore)
			}
			if !reflect.DeepEqual(cfg.Profiles, DefaultProfiles()) {
				t.Errorf("profiles = %v, want defaults", cfg.Profiles)
			}
		})
	}
}

func TestParseErrorsNameFileAndLine(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown top-level key", "version: 1\nignroe: [a]\n",
			`/p/.gwlint.yaml:2: unknown key "ignroe" (did you mean "ignore"?)`},
		{"bad version", "version: 2\n", `/p/.gwlint.yaml:1: unsupported version 2`},
		{"version not a number", "version: one\n", `/p/.gwlint.yaml:1: version must be the number 1`},
		{"root not a mapping", "- rules\n", `/p/.gwlint.yaml:1: the config file must be a mapping, not a list`},
		{"rules not a mapping", "rules: [wording/typo]\n", `/p/.gwlint.yaml:1: rules must be a mapping, not a list`},
		{"bad level", "rules:\n  wording/typo:\n    level: eror\n",
			`/p/.gwlint.yaml:3: rule wording/typo: bad level "eror" (want error, warning, info, off) (did you mean "error"?)`},
		{"bad shorthand level", "rules:\n  wording/typo: loud\n", `/p/.gwlint.yaml:2: rule wording/typo: bad level "loud"`},
		{"level wrong type", "rules:\n  wording/typo: {level: [error]}\n", `/p/.gwlint.yaml:2: rule wording/typo: level must be one of`},
		{"rule value a list", "rules:\n  wording/typo: [off]\n", `/p/.gwlint.yaml:2: rule wording/typo: want a level`},
		{"not a rule id", "rules:\n  typo: off\n", `/p/.gwlint.yaml:2: "typo" is not a rule id`},
		{"wildcard name", "rules:\n  wording/ty*: off\n", `/p/.gwlint.yaml:2: "wording/ty*" is not a rule id`},
		{"duplicate rule", "rules:\n  wording/typo: off\n  wording/typo: error\n",
			`/p/.gwlint.yaml:3: duplicate key "wording/typo" in rules (first at line 2)`},
		{"duplicate top-level key", "ignore: [a]\nignore: [b]\n", `/p/.gwlint.yaml:2: duplicate key "ignore"`},
		{"duplicate option", "rules:\n  a/b:\n    n: 1\n    n: 2\n", `/p/.gwlint.yaml:4: duplicate key "n" in rule a/b`},
		{"ignore not a list", "ignore: {a: b}\n", `/p/.gwlint.yaml:1: ignore must be a list of strings`},
		{"ignore entry not a string", "ignore:\n  - drafts/**\n  - [x]\n", `/p/.gwlint.yaml:3: ignore: each entry must be a non-empty string`},
		{"bad glob", "ignore:\n  - \"drafts/[\"\n", `/p/.gwlint.yaml:2: ignore: "drafts/[" is not a valid glob`},
		{"data wrong extension", "data:\n  - words.txt\n", `/p/.gwlint.yaml:2: data: "words.txt" must be a .yaml, .yml or .json file`},
		{"profile unknown key", "profiles:\n  自查报告:\n    required: [plan]\n",
			`/p/.gwlint.yaml:3: unknown key "required" in profile 自查报告 (did you mean "required_sections"?)`},
		{"profile not a mapping", "profiles:\n  自查报告: [plan]\n", `/p/.gwlint.yaml:2: profile 自查报告 must be a mapping`},
		{"syntax error", "rules:\n  a/b: off\n bad: [\n", `/p/.gwlint.yaml:`},
		{"two documents", "version: 1\n---\nrules: {}\n", `/p/.gwlint.yaml:2: a config file holds one YAML document`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("/p/.gwlint.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %q\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

func TestParseReportsEveryError(t *testing.T) {
	_, err := Parse("c.yaml", []byte("ignroe: []\nrules:\n  wording/typo: loud\n"))
	if err == nil {
		t.Fatal("want errors")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "c.yaml:1:") || !strings.HasPrefix(lines[1], "c.yaml:3:") {
		t.Errorf("want one error per line for lines 1 and 3, got %q", lines)
	}
}

func TestParseFalseMeansOff(t *testing.T) {
	cfg, err := Parse("", []byte("rules:\n  wording/typo: false\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.LevelFor("wording/typo", finding.SeverityError); got != finding.SeverityNone {
		t.Errorf("level = %v, want none", got)
	}
}

func TestParseAliases(t *testing.T) {
	text := "rules:\n  a/b: &quiet {level: info}\n  a/c: *quiet\n"
	cfg, err := Parse("", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.LevelFor("a/c", finding.SeverityError); got != finding.SeverityInfo {
		t.Errorf("aliased level = %v, want info", got)
	}
}
