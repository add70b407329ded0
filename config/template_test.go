package config

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

var templateRules = []finding.Rule{
	{ID: "wording/typo", Title: "常见错别字", Severity: finding.SeverityError,
		Options: []finding.Option{{Name: "extra", Default: []string{"帐号", "按装"}}}},
	{ID: "placeholder/unfilled", Title: "未填写的模板占位符\n（XX年、***）", Severity: finding.SeverityWarning,
		Options: []finding.Option{{Name: "min_run", Default: 2}, {Name: "note"}}},
	{ID: "wording/redundancy", Title: "冗余表述", Severity: finding.SeverityNone},
}

func TestTemplateParses(t *testing.T) {
	text := Template(templateRules)
	cfg, err := Parse("template.yaml", []byte(text))
	if err != nil {
		t.Fatalf("template does not parse: %v\n%s", err, text)
	}
	if len(cfg.Rules) != 0 {
		t.Errorf("template sets rules %v; every rule line should be commented", cfg.Rules)
	}
	for _, want := range []string{
		"  # wording/typo: {level: error, extra: [帐号, 按装]}  # 常见错别字\n",
		"  # placeholder/unfilled: {level: warning, min_run: 2}  # 未填写的模板占位符 （XX年、***）\n",
		"  # wording/redundancy: {level: off}  # 冗余表述\n",
		"  # 自查报告: {required_sections: [problems, plan]}\n",
		"  # other: {required_sections: []}\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("template lacks %q\n%s", want, text)
		}
	}
}

// TestTemplateUncommentedIsValid removes the "# " from every example line
// and checks the result parses, validates and equals the defaults, so the
// template never shows a setting that would not work.
func TestTemplateUncommentedIsValid(t *testing.T) {
	lines := strings.Split(Template(templateRules), "\n")
	for i, line := range lines {
		if strings.HasPrefix(line, "  # ") {
			lines[i] = "  " + strings.TrimPrefix(line, "  # ")
		}
	}
	text := strings.Join(lines, "\n")
	cfg, err := Parse("", []byte(text))
	if err != nil {
		t.Fatalf("uncommented template does not parse: %v\n%s", err, text)
	}
	known := map[string][]string{}
	for _, r := range templateRules {
		for _, o := range r.Options {
			known[r.ID] = append(known[r.ID], o.Name)
		}
		if got := cfg.LevelFor(r.ID, -1); got != r.Severity {
			t.Errorf("%s level = %v, want default %v", r.ID, got, r.Severity)
		}
	}
	known["wording/redundancy"] = nil
	if err := cfg.Validate(known); err != nil {
		t.Errorf("uncommented template does not validate: %v", err)
	}
	if !reflect.DeepEqual(cfg.Profiles, withLines(cfg.Profiles, DefaultProfiles())) {
		t.Errorf("uncommented profiles %v differ from defaults", cfg.Profiles)
	}
	if got := cfg.Rules["wording/typo"].Options["extra"]; !reflect.DeepEqual(got, []any{"帐号", "按装"}) {
		t.Errorf("extra = %#v", got)
	}
}

// withLines copies the Line fields of got into want, so profiles can be
// compared by content.
func withLines(got, want map[string]Profile) map[string]Profile {
	for kind, p := range want {
		p.Line = got[kind].Line
		want[kind] = p
	}
	return want
}
