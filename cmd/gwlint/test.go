package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, newTestCommand) }

func newTestCommand() *cobra.Command {
	var f engineFlags
	var run string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "test [DIR...]",
		Short: "Run the Rego tests of the built-in rules and of user rule folders",
		Long: `Run the *_test.rego tests of the built-in rules, of the rule_paths in the
config, and of any DIR given. Tests may call gwlint.input(NAME, TEXT) to parse a
document given as text into the input rules see.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			f.extraRulePaths = args
			e, _, err := f.newEngine(cmd.Context(), 0)
			if err != nil {
				return usageError(err)
			}
			sum, err := e.RunTests(cmd.Context(), cmd.OutOrStdout(), run, verbose)
			if err != nil {
				return usageError(err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d passed, %d failed", sum.Passed, sum.Failed+sum.Errored)
			if sum.Skipped > 0 {
				fmt.Fprintf(cmd.OutOrStdout(), ", %d skipped", sum.Skipped)
			}
			fmt.Fprintln(cmd.OutOrStdout())
			if !sum.OK() {
				return &exitError{code: exitFindings}
			}
			return nil
		},
	}
	f.register(cmd.Flags())
	cmd.Flags().StringVar(&run, "run", "", "run only tests whose name matches this regular expression")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list passing tests too")
	return cmd
}
