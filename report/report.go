// Package report writes gwlint findings in the formats people and machines
// read: text for terminals, JSON (a documented public contract), SARIF 2.1.0
// for code-scanning services, and GitHub Actions workflow commands.
//
// Reporters stream: the engine may lint thousands of files, so each file's
// findings are handed over once, in path order, and the text, JSON and
// GitHub formats write them immediately. SARIF is one JSON document whose
// rule list and invocation come before and after the results, so it
// accumulates results and writes at Finish.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/gwlint/gwlint/finding"
)

// Meta is known before any file is linted.
type Meta struct {
	ToolName, ToolVersion string
	// Rules lists every enabled rule in `gwlint rules` order; SARIF
	// publishes them as the driver's rule list.
	Rules []finding.Rule
	// BaseDir is the directory output paths are made relative to when
	// possible. SARIF URIs must be relative to it to be portable.
	BaseDir string
}

// Summary counts what a run produced.
type Summary struct {
	Files, FilesWithErrors, Errors, Warnings, Infos int
}

// Reporter formats one run of the linter.
type Reporter interface {
	// Start is called once, before any file.
	Start(m Meta) error
	// File is called once per file, files in path order, findings already
	// sorted by (line, column, rule).
	File(f finding.File, findings []finding.Finding) error
	// Finish is called once after the last file; it flushes the output.
	Finish(s Summary) error
}

// Options tune the formats that have choices.
type Options struct {
	// Color turns on ANSI colours in text output.
	Color bool
	// Quiet makes text output print only findings and file errors, without
	// the summary line.
	Quiet bool
	// StepSummary receives the github format's Markdown job summary (the CLI
	// opens $GITHUB_STEP_SUMMARY); nil writes none.
	StepSummary io.Writer
}

// formatNames lists the formats in the order help texts show them.
var formatNames = []string{"text", "json", "sarif", "github"}

// Formats returns the names New accepts.
func Formats() []string {
	return append([]string(nil), formatNames...)
}

// New returns a reporter writing format to w.
func New(format string, w io.Writer, opts Options) (Reporter, error) {
	if w == nil {
		return nil, fmt.Errorf("report: nil writer for format %q", format)
	}
	switch format {
	case "text":
		return newTextReporter(w, opts), nil
	case "json":
		return newJSONReporter(w), nil
	case "sarif":
		return newSARIFReporter(w), nil
	case "github":
		return newGitHubReporter(w, opts), nil
	}
	return nil, fmt.Errorf("report: unknown format %q (want one of %s)", format, strings.Join(formatNames, ", "))
}
