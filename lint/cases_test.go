package lint

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
)

// Rule cases live in testdata/cases/<category>/<name>.yaml:
//
//	bad:
//	  - text: "自20__年开展活动以来……"
//	    flagged: ["20__年"]        # exactly the texts the rule must flag
//	  - name: note.md             # optional file name (picks the format)
//	    text: "…"
//	good:
//	  - text: "自2023年开展活动以来……"   # the rule must flag nothing
//
// Every case runs through the whole pipeline (parser, facts, engine) with
// only that rule enabled.

type ruleCase struct {
	Name    string   `yaml:"name"`
	Text    string   `yaml:"text"`
	Flagged []string `yaml:"flagged"`
}

type ruleCases struct {
	Bad  []ruleCase `yaml:"bad"`
	Good []ruleCase `yaml:"good"`
}

func TestRuleCases(t *testing.T) {
	files, err := filepath.Glob("../testdata/cases/*/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	engines := map[string]*Engine{}
	for _, file := range files {
		id := strings.TrimSuffix(strings.TrimPrefix(filepath.ToSlash(file), "../testdata/cases/"), ".yaml")
		t.Run(id, func(t *testing.T) {
			var cases ruleCases
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if err := yaml.Unmarshal(b, &cases); err != nil {
				t.Fatal(err)
			}
			e := engines[id]
			if e == nil {
				e = onlyRule(t, id)
				engines[id] = e
			}
			for i, c := range cases.Bad {
				got := flaggedTexts(t, e, c)
				if len(got) == 0 {
					t.Errorf("bad[%d] %q: nothing flagged", i, short(c.Text))
					continue
				}
				if c.Flagged != nil && !sameSet(got, c.Flagged) {
					t.Errorf("bad[%d] %q: flagged %q, want %q", i, short(c.Text), got, c.Flagged)
				}
			}
			for i, c := range cases.Good {
				if got := flaggedTexts(t, e, c); len(got) > 0 {
					t.Errorf("good[%d] %q: flagged %q", i, short(c.Text), got)
				}
			}
			if len(cases.Bad) < 5 || len(cases.Good) < 5 {
				t.Errorf("%s has %d bad and %d good cases; every rule needs at least 5 of each", id, len(cases.Bad), len(cases.Good))
			}
		})
	}
}

// onlyRule builds an engine with every rule but id disabled.
func onlyRule(t testing.TB, id string) *Engine {
	t.Helper()
	e, err := New(context.Background(), Settings{Level: func(r finding.Rule) finding.Severity {
		if r.ID == id {
			return r.Severity
		}
		return finding.SeverityNone
	}})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := e.Rule(id); !ok {
		t.Fatalf("no rule %s for testdata/cases/%s.yaml", id, id)
	}
	return e
}

func flaggedTexts(t *testing.T, e *Engine, c ruleCase) []string {
	t.Helper()
	name := c.Name
	if name == "" {
		name = "case.txt"
	}
	doc, err := parser.Parse(name, []byte(c.Text), parser.Options{})
	if err != nil {
		t.Fatalf("%q: %v", short(c.Text), err)
	}
	fs, err := e.Lint(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range fs {
		out = append(out, f.Text)
	}
	return out
}

func sameSet(a, b []string) bool {
	x := append([]string(nil), a...)
	y := append([]string(nil), b...)
	sort.Strings(x)
	sort.Strings(y)
	return strings.Join(x, "\x00") == strings.Join(y, "\x00")
}

func short(s string) string {
	r := []rune(s)
	if len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return s
}
