package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/gwlint/gwlint/atomicfile"
	"github.com/gwlint/gwlint/config"
)

func init() { subcommands = append(subcommands, newInitCommand) }

func newInitCommand() *cobra.Command {
	var force bool
	var path string
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a commented default .gwlint.yaml",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := os.Stat(path); err == nil && !force {
				return usageError(fmt.Errorf("%s already exists (use --force to overwrite)", path))
			}
			var f engineFlags
			e, _, err := f.newEngine(cmd.Context(), 0)
			if err != nil {
				return usageError(err)
			}
			if err := atomicfile.Write(path, []byte(config.Template(e.Rules())), 0o644); err != nil {
				return usageError(err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s\n", path)
			return nil
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, "overwrite an existing file")
	cmd.Flags().StringVarP(&path, "output", "o", ".gwlint.yaml", "file to write")
	return cmd
}
