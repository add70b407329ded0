package main

import (
	"fmt"
	"strings"

	"github.com/gwlint/gwlint/finding"
)

// The rule documentation in docs/rules.md and the rule list in README.md are
// generated from the rules' METADATA by these functions, and a test keeps
// the files in sync (go test ./cmd/gwlint -run TestGeneratedDocs -update).

const (
	readmeRulesStart = "<!-- rules:start (generated from rule METADATA; go test ./cmd/gwlint -run TestGeneratedDocs -update) -->"
	readmeRulesEnd   = "<!-- rules:end -->"
)

// ruleAnchor is the GitHub Markdown anchor of a rule's heading in
// docs/rules.md ("### placeholder/unfilled" → "placeholderunfilled").
func ruleAnchor(id string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(id) {
		if r == '-' || r == '_' || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// readmeRuleList renders one line per rule for README.md.
func readmeRuleList(rules []finding.Rule) string {
	var b strings.Builder
	b.WriteString("| rule | level | what it flags |\n|---|---|---|\n")
	for _, r := range rules {
		fmt.Fprintf(&b, "| [`%s`](docs/rules.md#%s) | %s | %s |\n", r.ID, ruleAnchor(r.ID), r.Severity, r.Title)
	}
	return b.String()
}

// rulesMarkdown renders docs/rules.md.
func rulesMarkdown(rules []finding.Rule) string {
	var b strings.Builder
	b.WriteString("# gwlint rules\n\n")
	b.WriteString("Generated from each rule's METADATA (`rules/<category>/<name>/<name>.rego`); do not edit by hand.\n")
	b.WriteString("`gwlint explain RULE` prints the same text.\n\n")
	category := ""
	for _, r := range rules {
		if r.Category != category {
			category = r.Category
			fmt.Fprintf(&b, "## %s\n\n", category)
		}
		fmt.Fprintf(&b, "### %s\n\n", r.ID)
		fmt.Fprintf(&b, "**%s** — default level: %s\n\n", r.Title, r.Severity)
		b.WriteString(strings.TrimSpace(r.Description))
		b.WriteString("\n\n")
		writeMarkdownExamples(&b, "Bad", r.Bad)
		writeMarkdownExamples(&b, "Good", r.Good)
		if len(r.Options) > 0 {
			b.WriteString("Options:\n\n")
			for _, o := range r.Options {
				fmt.Fprintf(&b, "- `%s`: %s", o.Name, o.Description)
				if o.Default != nil {
					fmt.Fprintf(&b, " (default: `%v`)", o.Default)
				}
				b.WriteString("\n")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func writeMarkdownExamples(b *strings.Builder, label string, exs []finding.Example) {
	if len(exs) == 0 {
		return
	}
	fmt.Fprintf(b, "%s:\n\n", label)
	for _, ex := range exs {
		fmt.Fprintf(b, "- `%s`", strings.ReplaceAll(ex.Text, "`", "'"))
		if ex.Note != "" {
			fmt.Fprintf(b, " — %s", ex.Note)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

// replaceBetween replaces the text between two marker lines.
func replaceBetween(doc, start, end, body string) (string, error) {
	i := strings.Index(doc, start)
	j := strings.Index(doc, end)
	if i < 0 || j < i {
		return "", fmt.Errorf("markers %q … %q not found", start, end)
	}
	return doc[:i+len(start)] + "\n" + body + doc[j:], nil
}
