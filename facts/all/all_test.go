package all

import (
	"slices"
	"testing"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

// The names are the keys of input.facts that rules read: a missing or
// renamed one breaks rules without a compile error.
var wantNames = []string{
	"artifact_hard_wraps", "artifact_layout_spaces", "artifact_mojibake", "artifact_page_numbers",
	"counts", "dates", "duplicates", "enumeration_steps", "halfwidth_punct", "heading_numbering", "missing_numbers",
	"numbers", "percents", "punct_pairs", "script_mix", "totals",
}

func TestEveryExtractorIsRegistered(t *testing.T) {
	if got := facts.Names(); !slices.Equal(got, wantNames) {
		t.Errorf("registered extractors:\n got %q\nwant %q", got, wantNames)
	}
}

// TestExtractGivesEveryName runs all extractors on a small document: each
// must put a value under its name, which the rule input encodes.
func TestExtractGivesEveryName(t *testing.T) {
	doc, err := parser.Parse("t.txt", []byte("工作总结\n一、基本情况\n全年共举办培训3期，参训职工120人次。"), parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	env := &facts.Env{Data: map[string]any{}, Simplified: func(p *parser.Paragraph) string { return p.Text }}
	got := facts.Extract(doc, env, nil)
	for _, name := range wantNames {
		if v, ok := got[name]; !ok || v == nil {
			t.Errorf("facts.Extract gave no value for %s", name)
		}
	}
}
