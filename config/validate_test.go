package config

import (
	"strings"
	"testing"
)

var knownRules = map[string][]string{
	"placeholder/unfilled":   {"min_run"},
	"wording/typo":           {"extra", "ignore_words"},
	"wording/redundancy":     nil,
	"punctuation/half-width": {"allow"},
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string // substrings, one per expected error line; none = valid
	}{
		{"valid", "rules:\n  wording/typo: {level: error, extra: [帐号]}\n  punctuation/*: {allow: [\",\"]}\n", nil},
		{"unknown rule with suggestion", "rules:\n  wording/tyop: off\n",
			[]string{`c.yaml:2: unknown rule "wording/tyop" (did you mean "wording/typo"?)`}},
		{"unknown category", "rules:\n  layout/*: off\n", []string{`c.yaml:2: unknown rule "layout/*"`}},
		{"unknown option", "rules:\n  placeholder/unfilled:\n    level: info\n    min_runs: 3\n",
			[]string{`c.yaml:4: rule placeholder/unfilled has no option "min_runs" (options: min_run) (did you mean "min_run"?)`}},
		{"option on rule without options", "rules:\n  wording/redundancy: {strict: true}\n",
			[]string{`c.yaml:2: rule wording/redundancy has no option "strict" (it takes no options)`}},
		{"category option not documented by any rule", "rules:\n  wording/*: {allow: x}\n",
			[]string{`c.yaml:2: rule wording/* has no option "allow" (options: extra, ignore_words)`}},
		{"errors in file order", "rules:\n  z/z: off\n  a/a: off\n",
			[]string{`c.yaml:2: unknown rule "z/z"`, `c.yaml:3: unknown rule "a/a"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Parse("c.yaml", []byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			err = cfg.Validate(knownRules)
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(tt.want) {
				t.Fatalf("got %d errors %q, want %d", len(lines), lines, len(tt.want))
			}
			for i, want := range tt.want {
				if !strings.Contains(lines[i], want) {
					t.Errorf("error %d = %q, want it to contain %q", i, lines[i], want)
				}
			}
		})
	}
}
