package suppress

import (
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

// htmlComments finds the <!-- … --> comments of a Markdown test document,
// standing in for the markup parser.
func htmlComments(text string) []Comment {
	var out []Comment
	for from := 0; ; {
		i := strings.Index(text[from:], "<!--")
		if i < 0 {
			return out
		}
		start := from + i
		j := strings.Index(text[start:], "-->")
		if j < 0 {
			return out
		}
		end := start + j + len("-->")
		out = append(out, Comment{Text: text[start:end], Start: start, End: end, AnchorStart: -1, AnchorEnd: -1})
		from = end
	}
}

// at returns a finding of rule over the n-th (1-based) occurrence of s.
func at(t *testing.T, text, rule, s string, n int) finding.Finding {
	t.Helper()
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(text[from:], s)
		if i < 0 {
			t.Fatalf("occurrence %d of %q not in text", n, s)
		}
		if k == n {
			start := from + i
			return finding.Finding{Rule: rule, Text: s,
				Start: finding.Position{Offset: start}, End: finding.Position{Offset: start + len(s)}}
		}
		from += i + len(s)
	}
}

// keptTexts lists "rule:text" of the findings Apply kept.
func keptTexts(findings []finding.Finding) []string {
	var out []string
	for _, f := range findings {
		out = append(out, f.Rule+":"+f.Text)
	}
	return out
}

func problemRules(problems []Problem) []string {
	var out []string
	for _, p := range problems {
		out = append(out, p.Rule)
	}
	return out
}
