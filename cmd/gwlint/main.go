// Command gwlint lints Chinese administrative documents (公文, 工作总结,
// 自查报告, 述职报告 …) for unfilled template placeholders, deleted numbers,
// inconsistent counts, missing sections, typos and pasted debris.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes, as documented in the README: 0 when nothing is at or above the
// fail level, 1 when something is, 2 for usage, configuration or I/O errors.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

// exitError carries an exit code out of a command. A nil err means the
// command already reported what went wrong (or nothing went wrong and only
// the code matters).
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageError marks an error as a usage, config or I/O problem (exit 2).
func usageError(err error) error { return &exitError{code: exitUsage, err: err} }

func newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "gwlint",
		Short: "Lint Chinese administrative documents (公文 and 事务文书)",
		Long: `gwlint checks 工作总结, 自查报告, 述职报告 and other administrative documents
for unfilled template placeholders, deleted numbers, inconsistent counts and
totals, missing required sections, broken numbering, typos and debris pasted
from web pages or PDFs. It reads .txt, .md, .html and .docx files in UTF-8,
UTF-16, GB18030/GBK or Big5.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	for _, add := range subcommands {
		root.AddCommand(add())
	}
	return root
}

// subcommands is filled by each command's file in its init function, so
// that every subcommand lives in a file of its own.
var subcommands []func() *cobra.Command

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	root := newRootCommand()
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(os.Stderr, "gwlint:", ee.err)
		}
		return ee.code
	}
	// Errors from cobra itself (unknown flag, wrong argument count) are
	// usage errors.
	fmt.Fprintln(os.Stderr, "gwlint:", err)
	return exitUsage
}
