package lint

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestRuleNeedsAreSound checks every declared need against the test
// documents: on each document where all of a rule's needs are empty, the
// rule, evaluated without skipping, reports nothing. A need that is wrong
// (a rule that can report without the listed matches) shows here, before
// it hides findings. TestRuleCases covers the other side: each rule's bad
// cases are found with skipping on.
func TestRuleNeedsAreSound(t *testing.T) {
	docs := parseTestDocuments(t, "testdata/samples/*", "testdata/clean/*.txt", "testdata/holdout/defects/*", "testdata/holdout/clean/*", "testdata/parser/*.txt", "testdata/parser/*.md")
	all, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	declared := 0
	for _, r := range all.Rules() {
		if len(r.Needs) == 0 {
			continue
		}
		declared++
		e := onlyRule(t, r.ID)
		if len(e.needs) != 1 {
			t.Fatalf("%s: %d needs entries, want 1", r.ID, len(e.needs))
		}
		skipped := 0
		for _, doc := range docs {
			input := e.lintInput(doc)
			if needsMet(input, e.needs[0].paths) {
				continue
			}
			skipped++
			raw, err := evalReport(context.Background(), e.query, input) // no skipping
			if err != nil {
				t.Fatal(err)
			}
			if len(raw) > 0 {
				t.Errorf("%s reports %d findings on %s although its needs %v are empty there", r.ID, len(raw), filepath.Base(doc.Path), r.Needs)
			}
		}
		if skipped == 0 {
			t.Errorf("%s: no test document leaves its needs empty; the check tested nothing", r.ID)
		}
	}
	if declared < 20 {
		t.Errorf("only %d built-in rules declare needs", declared)
	}
}

// TestSkippingIdleRulesGivesTheSameFindings compares the engine with and
// without skipping on the test documents.
func TestSkippingIdleRulesGivesTheSameFindings(t *testing.T) {
	docs := parseTestDocuments(t, "testdata/samples/*", "testdata/clean/*.txt", "testdata/holdout/defects/*")
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	idleSeen := 0
	for _, doc := range docs {
		input := e.lintInput(doc)
		idleSeen += len(e.idleRules(input))
		got, err := e.evaluate(context.Background(), doc, input)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := evalReport(context.Background(), e.query, input)
		if err != nil {
			t.Fatal(err)
		}
		want, err := e.toFindings(doc, raw)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d findings with skipping, %d without", filepath.Base(doc.Path), len(got), len(want))
		}
	}
	if idleSeen == 0 {
		t.Error("no rule was ever idle: skipping was not exercised")
	}
}

// TestRuleNeedsAreChecked: a need naming a list or fact that does not
// exist, or an input part no rule reads, is an error naming the rule.
func TestRuleNeedsAreChecked(t *testing.T) {
	tests := []struct{ needs, want string }{
		{"[matches.no_such_list]", `no pattern list "no_such_list"`},
		{"[facts.no_such_fact]", `no fact "no_such_fact"`},
		{"[no_such_part]", "which the rules never read"},
		{"matches.typo", "want a list of input paths"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		rule := strings.ReplaceAll(`# METADATA
# title: 测试
# description: A rule with a wrong needs declaration.
# custom:
#   id: wording/needy
#   category: wording
#   severity: warning
#   needs: NEEDS
#   bad: [加强领导]
#   good: [完善机制]
package gwlint.rules.wording.needy

import data.gwlint.match
import data.gwlint.result

report contains finding if {
	some [m, _] in match.kept.typo
	finding := result.fail(rego.metadata.chain(), m, "x")
}
`, "NEEDS", tt.needs)
		rule = strings.ReplaceAll(rule, "match.kept.typo", `match.kept("typo")`)
		if err := os.MkdirAll(filepath.Join(dir, "wording", "needy"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "wording", "needy", "needy.rego"), []byte(rule), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := New(context.Background(), Settings{RulePaths: []string{dir}})
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "wording/needy") {
			t.Errorf("needs %s: error %v, want one naming wording/needy and saying %q", tt.needs, err, tt.want)
		}
	}
}
