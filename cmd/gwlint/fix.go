package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/gwlint/gwlint/atomicfile"
	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/lint"
	"github.com/gwlint/gwlint/parser"
)

type fixFlags struct {
	engineFlags
	dryRun      bool
	diff        bool
	rules       []string
	encoding    string
	inputFormat string
	stdinName   string
}

func init() { subcommands = append(subcommands, newFixCommand) }

func newFixCommand() *cobra.Command {
	var f fixFlags
	cmd := &cobra.Command{
		Use:   "fix [PATH...]",
		Short: "Apply the safe suggestions to documents (txt, md, html)",
		Long: `Apply the suggestions that rules mark as safe (full-width punctuation, a
deleted 顿号, a joined hard line break …) and write each changed file back
atomically, in its original encoding. Suggestions that need judgement are
never applied; run gwlint lint to see them. Suppressed findings are not
fixed. A .docx file is not changed: fix it in Word.

With -, the fixed document is written to standard output.`,
		RunE: func(cmd *cobra.Command, args []string) error { return runFix(cmd, args, &f) },
	}
	fs := cmd.Flags()
	f.register(fs)
	fs.BoolVarP(&f.dryRun, "dry-run", "n", false, "show what would change without writing files")
	fs.BoolVar(&f.diff, "diff", false, "print a diff of each change")
	fs.StringSliceVar(&f.rules, "rule", nil, "apply only the fixes of this rule or category/* (repeatable)")
	fs.StringVar(&f.encoding, "encoding", "", "force the input encoding")
	fs.StringVar(&f.inputFormat, "input-format", "", "force the input format: txt|md|html")
	fs.StringVar(&f.stdinName, "stdin-filename", "", "name (and format, by extension) of the document read from -")
	return cmd
}

func runFix(cmd *cobra.Command, args []string, f *fixFlags) error {
	if len(args) == 0 {
		args = []string{"."}
	}
	e, cfg, err := f.newEngine(cmd.Context(), 0)
	if err != nil {
		return usageError(err)
	}
	var want func(string) bool
	if len(f.rules) > 0 {
		want = func(rule string) bool {
			for _, r := range f.rules {
				if finding.RuleMatches(r, rule) {
					return true
				}
			}
			return false
		}
	}
	out, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	targets := collectTargets(args, cfg, cmd.InOrStdin(), f.stdinName)
	sortTargets(targets)
	failed, total := false, 0
	for _, t := range targets {
		data, err := t.Read()
		if err != nil {
			failed = true
			fmt.Fprintf(stderr, "gwlint: %s: %v\n", t.Path, err)
			continue
		}
		res, err := e.Fix(cmd.Context(), t.Path, data, parser.Options{Encoding: f.encoding, Format: f.inputFormat}, e.Processor(nil), want)
		if err != nil {
			failed = true
			fmt.Fprintln(stderr, "gwlint:", err)
			continue
		}
		if res.Output == nil {
			continue
		}
		total += res.Applied
		if err := reportFix(out, t, res, f); err != nil {
			return usageError(err)
		}
	}
	if !f.dryRun && total == 0 && !failed {
		fmt.Fprintln(stderr, "gwlint: nothing to fix")
	}
	if failed {
		return usageError(nil)
	}
	return nil
}

// reportFix prints and, unless this is a dry run, writes one fixed file.
func reportFix(out io.Writer, t lint.Target, res lint.FixResult, f *fixFlags) error {
	if f.diff {
		writeDiff(out, t.Path, res.Before, res.After)
	}
	if t.Stdin {
		if f.dryRun {
			return nil
		}
		_, err := out.Write(res.Output)
		return err
	}
	verb := "fixed"
	if f.dryRun {
		verb = "would fix"
	} else if err := atomicfile.Write(t.Path, res.Output, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", t.Path, err)
	}
	_, err := fmt.Fprintf(out, "%s: %s %d problem(s)\n", t.Path, verb, res.Applied)
	return err
}
