package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/lint"
)

func init() { subcommands = append(subcommands, newExplainCommand) }

func newExplainCommand() *cobra.Command {
	var f engineFlags
	cmd := &cobra.Command{
		Use:   "explain RULE",
		Short: "Explain a rule: what it flags, why, examples and options",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			e, _, err := f.newEngine(cmd.Context(), 0)
			if err != nil {
				return usageError(err)
			}
			r, ok := findRule(e, args[0])
			if !ok {
				return usageError(fmt.Errorf("unknown rule %q (see `gwlint rules`)", args[0]))
			}
			return writeExplanation(cmd.OutOrStdout(), r, e.Level(r.ID))
		},
	}
	f.register(cmd.Flags())
	return cmd
}

func findRule(e *lint.Engine, id string) (finding.Rule, bool) {
	if r, ok := e.Rule(id); ok {
		return r, true
	}
	for _, r := range lint.DirectiveRules() {
		if r.ID == id {
			return r, true
		}
	}
	return finding.Rule{}, false
}

// writeExplanation prints a rule's documentation from its METADATA.
func writeExplanation(w io.Writer, r finding.Rule, level finding.Severity) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\n", r.ID, r.Title)
	fmt.Fprintf(&b, "Category: %s    Default level: %s", r.Category, r.Severity)
	if level != r.Severity {
		fmt.Fprintf(&b, "    Configured level: %s", levelName(level))
	}
	b.WriteString("\n\n")
	b.WriteString(strings.TrimSpace(r.Description))
	b.WriteString("\n")
	writeExamples(&b, "Bad", r.Bad)
	writeExamples(&b, "Good", r.Good)
	if len(r.Options) > 0 {
		b.WriteString("\nOptions (set under rules: in .gwlint.yaml):\n")
		for _, o := range r.Options {
			fmt.Fprintf(&b, "  %s: %s", o.Name, o.Description)
			if o.Default != nil {
				fmt.Fprintf(&b, " (default: %v)", o.Default)
			}
			b.WriteString("\n")
		}
	}
	if r.HelpURI != "" {
		fmt.Fprintf(&b, "\nMore: %s\n", r.HelpURI)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeExamples(b *strings.Builder, label string, exs []finding.Example) {
	if len(exs) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s:\n", label)
	for _, ex := range exs {
		fmt.Fprintf(b, "  %s\n", ex.Text)
		if ex.Note != "" {
			fmt.Fprintf(b, "    (%s)\n", ex.Note)
		}
	}
}
