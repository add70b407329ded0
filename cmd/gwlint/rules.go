package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/lint"
)

func init() { subcommands = append(subcommands, newRulesCommand) }

func newRulesCommand() *cobra.Command {
	var f engineFlags
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List every rule with its category, level and title",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			e, _, err := f.newEngine(cmd.Context(), 0)
			if err != nil {
				return usageError(err)
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "RULE\tCATEGORY\tLEVEL\tTITLE")
			for _, r := range e.Rules() {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s%s\n", r.ID, r.Category, levelName(e.Level(r.ID)), r.Title, origin(r))
			}
			for _, r := range lint.DirectiveRules() {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", r.ID, r.Category, r.Severity, r.Title)
			}
			return w.Flush()
		},
	}
	f.register(cmd.Flags())
	return cmd
}

func levelName(s finding.Severity) string {
	if s == finding.SeverityNone {
		return "off"
	}
	return s.String()
}

func origin(r finding.Rule) string {
	if r.Builtin {
		return ""
	}
	return " (user rule)"
}
