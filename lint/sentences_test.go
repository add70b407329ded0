package lint

import (
	"context"
	"testing"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/internal/testenv"
	"github.com/gwlint/gwlint/parser"
)

// TestSentencesAreSplitOnlyForRulesThatReadThem: the built-in rules read
// no sentences, so documents are parsed without them; a user rule that
// reads them gets them, and reports on them.
func TestSentencesAreSplitOnlyForRulesThatReadThem(t *testing.T) {
	builtin, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	if builtin.readsSentences() {
		t.Error("the built-in rules read sentences: the parse option is never used (update this test)")
	}

	rule := `# METADATA
# title: 长句
# description: A sentence of more than 20 characters.
# custom:
#   id: wording/long-sentence
#   category: wording
#   severity: info
#   bad: [这是一个非常非常非常非常非常非常非常长的句子。]
#   good: [短句。]
package gwlint.rules.wording["long-sentence"]

import data.gwlint.result

report contains finding if {
	some p in input.paragraphs
	some s in p.sentences
	count(s.text) > 20
	finding := result.fail(rego.metadata.chain(), s.span, "句子太长")
}
`
	dir := testenv.WriteRule(t, "wording/long-sentence", rule)
	e, err := New(context.Background(), Settings{RulePaths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if !e.readsSentences() {
		t.Fatal("a rule reading p.sentences is not seen as reading sentences")
	}
	text := "关于开展工作的总结\n这是一个非常非常非常非常非常非常非常长的句子。短句。\n"
	targets := []Target{{Path: "doc.txt", Read: func() ([]byte, error) { return []byte(text), nil }}}
	var got []finding.Finding
	err = e.Run(context.Background(), targets, RunOptions{Parse: parser.Options{}}, func(r FileResult) error {
		got = append(got, r.Findings...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range got {
		if f.Rule == "wording/long-sentence" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the sentence rule reported %d findings, want 1: %v", n, got)
	}
}
