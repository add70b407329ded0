package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
	"github.com/gwlint/gwlint/lint"
)

var update = flag.Bool("update", false, "rewrite generated documentation")

// TestGeneratedDocs keeps docs/rules.md and the rule list in README.md in
// step with the rules' METADATA.
func TestGeneratedDocs(t *testing.T) {
	e, err := lint.New(context.Background(), lint.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	root := testenv.RepoRoot(t)
	rules := append(e.Rules(), lint.DirectiveRules()...)

	rulesPath := filepath.Join(root, "docs", "rules.md")
	wantRules := rulesMarkdown(rules)
	readmePath := filepath.Join(root, "README.md")
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	wantReadme, err := replaceBetween(string(readme), readmeRulesStart, readmeRulesEnd, readmeRuleList(rules))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(rulesPath, []byte(wantRules), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(readmePath, []byte(wantReadme), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got, _ := os.ReadFile(rulesPath); string(got) != wantRules {
		t.Errorf("docs/rules.md is out of date: go test ./cmd/gwlint -run TestGeneratedDocs -update")
	}
	if string(readme) != wantReadme {
		t.Errorf("README.md rule list is out of date: go test ./cmd/gwlint -run TestGeneratedDocs -update")
	}
}
