package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"

	"github.com/spf13/cobra"

	"github.com/gwlint/gwlint/lint"
	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/parser/charset"
)

func init() { subcommands = append(subcommands, newParseCommand) }

// parseFlags are the options of `gwlint parse`.
type parseFlags struct {
	engineFlags
	format      string
	encoding    string
	inputFormat string
	stdinName   string
}

func newParseCommand() *cobra.Command {
	var f parseFlags
	cmd := &cobra.Command{
		Use:   "parse FILE...",
		Short: "Print the section tree gwlint builds from documents",
		Long: `Print the section tree of each document: title and kind, paragraphs,
headings with their levels and numbering families, sentences, run-in
enumerations and page markers. Rule authors use it to see what rules see.

FILE may be - for standard input (name it with --stdin-filename, whose
extension also picks the format). --format json prints exactly the input
rules receive (the tree plus pattern matches and facts; docs/input.md), one
indented JSON document per file, one after the other (a stream jq reads as
is).

A file that cannot be read or parsed is reported on standard error as
"gwlint: NAME: reason"; the other files are still printed and the exit
status is 2.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return runParse(cmd, args, &f) },
	}
	fs := cmd.Flags()
	fs.StringVar(&f.format, "format", "tree", "output format: tree|json")
	fs.StringVar(&f.encoding, "encoding", "", "force the input encoding (utf-8, utf-16le, utf-16be, gb18030, big5, …)")
	fs.StringVar(&f.inputFormat, "input-format", "", "force the input format: txt|md|html|docx")
	fs.StringVar(&f.stdinName, "stdin-filename", "", "name (and format, by extension) of the document read from -")
	fs.StringVar(&f.configPath, "config", "", "config file whose data files extend the pattern lists (json format)")
	return cmd
}

// runParse parses and prints every file, reporting failures by name.
func runParse(cmd *cobra.Command, args []string, f *parseFlags) error {
	if f.format != "tree" && f.format != "json" {
		return usageError(fmt.Errorf("unknown --format %q (use tree or json)", f.format))
	}
	if f.encoding != "" && !charset.Known(f.encoding) {
		return usageError(fmt.Errorf("unknown --encoding %q", f.encoding))
	}
	if f.inputFormat != "" && !slices.Contains(parser.Formats(), f.inputFormat) {
		return usageError(fmt.Errorf("unknown --input-format %q (use one of %v)", f.inputFormat, parser.Formats()))
	}
	opts := parser.Options{Encoding: f.encoding, Format: f.inputFormat}
	var e *lint.Engine
	if f.format == "json" {
		// The rule input includes pattern matches and facts, which depend
		// on the loaded word lists.
		var err error
		if e, _, err = f.newEngine(cmd.Context(), 0); err != nil {
			return usageError(err)
		}
	}
	out, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	failed := false
	for i, arg := range args {
		name, data, err := readParseInput(arg, f.stdinName, cmd.InOrStdin())
		var doc *parser.Document
		if err == nil {
			doc, err = parser.Parse(name, data, opts)
		}
		if err != nil {
			failed = true
			fmt.Fprintln(stderr, "gwlint:", err)
			continue
		}
		if err := printDocument(out, doc, e, i > 0); err != nil {
			return usageError(fmt.Errorf("writing output: %w", err))
		}
	}
	if failed {
		return usageError(nil)
	}
	return nil
}

// readParseInput reads one argument: a file, or standard input for "-".
// Errors start with the name, like parser errors.
func readParseInput(arg, stdinName string, stdin io.Reader) (string, []byte, error) {
	if arg == "-" {
		name := stdinName
		if name == "" {
			name = "<stdin>.txt"
		}
		data, err := io.ReadAll(stdin)
		if err != nil {
			return name, nil, fmt.Errorf("%s: %w", name, err)
		}
		return name, data, nil
	}
	data, err := os.ReadFile(arg)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is already the prefix
		}
		return arg, nil, fmt.Errorf("%s: %w", arg, err)
	}
	return arg, data, nil
}

// printDocument writes one document in the chosen format; later documents
// are separated from earlier ones by a blank line in tree form.
// With an engine, it writes the rule input as JSON instead of the tree.
func printDocument(w io.Writer, doc *parser.Document, e *lint.Engine, separate bool) error {
	if e != nil {
		b, err := e.InputJSON(doc)
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	}
	if separate {
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	return parser.WriteTree(w, doc)
}
