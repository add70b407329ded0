package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/gwlint/gwlint/atomicfile"
	"github.com/gwlint/gwlint/baseline"
	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/lint"
	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/report"
	"github.com/gwlint/gwlint/segment"
)

type lintFlags struct {
	engineFlags
	formats       []string
	failLevel     string
	jobs          int
	quiet         bool
	color         string
	baselinePath  string
	writeBaseline string
	encoding      string
	inputFormat   string
	stdinName     string
	stats         bool
	cpuProfile    string
	memProfile    string
	timeout       time.Duration
}

func init() { subcommands = append(subcommands, newLintCommand) }

func newLintCommand() *cobra.Command {
	var f lintFlags
	cmd := &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Lint documents (files, directories, or - for standard input)",
		Long: `Lint documents and report findings.

PATH may be a file, a directory (searched recursively for .txt, .md, .html and
.docx files) or - for standard input. Without PATH, the current directory is
linted.

Exit status: 0 when no finding is at or above --fail-level, 1 when one is,
2 for usage, configuration or I/O errors (unreadable files are reported by
name and the other files are still linted).`,
		RunE: func(cmd *cobra.Command, args []string) error { return runLint(cmd, args, &f) },
	}
	fs := cmd.Flags()
	f.register(fs)
	fs.StringArrayVarP(&f.formats, "format", "f", nil, "output format text|json|sarif|github, optionally FORMAT=FILE (repeatable)")
	fs.StringVar(&f.failLevel, "fail-level", "error", "exit 1 when a finding is at or above this level: error|warning|info|none")
	fs.IntVarP(&f.jobs, "jobs", "j", 0, "documents linted in parallel (default: number of CPUs)")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "print only findings and errors, no summary")
	fs.StringVar(&f.color, "color", "auto", "colour text output: auto|always|never")
	fs.StringVar(&f.baselinePath, "baseline", "", "hide findings recorded in this baseline file")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "record the current findings in this baseline file")
	fs.StringVar(&f.encoding, "encoding", "", "force the input encoding (utf-8, utf-16le, utf-16be, gb18030, big5, …)")
	fs.StringVar(&f.inputFormat, "input-format", "", "force the input format: txt|md|html|docx")
	fs.StringVar(&f.stdinName, "stdin-filename", "", "name (and format, by extension) of the document read from -")
	fs.BoolVar(&f.stats, "stats", false, "print time per phase and per rule on standard error")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof)")
	fs.StringVar(&f.memProfile, "memprofile", "", "write an allocation profile of the run to this file (go tool pprof)")
	fs.DurationVar(&f.timeout, "timeout", lint.DefaultTimeout, "maximum rule evaluation time per document and megabyte of text")
	return cmd
}

func runLint(cmd *cobra.Command, args []string, f *lintFlags) error {
	started := time.Now()
	if f.cpuProfile != "" {
		stop, err := startCPUProfile(f.cpuProfile)
		if err != nil {
			return usageError(err)
		}
		defer stop()
	}
	if f.memProfile != "" {
		defer func() {
			if err := writeMemProfile(f.memProfile); err != nil {
				fmt.Fprintln(cmd.ErrOrStderr(), "gwlint:", err)
			}
		}()
	}
	if len(args) == 0 {
		args = []string{"."}
	}
	outs, err := parseOutputs(f.formats)
	if err != nil {
		return usageError(err)
	}
	failLevel, err := parseFailLevel(f.failLevel)
	if err != nil {
		return usageError(err)
	}
	color, err := wantColor(f.color, cmd.OutOrStdout())
	if err != nil {
		return usageError(err)
	}
	ctx := cmd.Context()
	// Most documents need word segmentation; its dictionary loads on one
	// core while the rules compile on the other.
	go func() { _ = segment.Ready() }()
	setupStart := time.Now()
	e, cfg, err := f.newEngine(ctx, f.timeout)
	if err != nil {
		return usageError(err)
	}
	setup := time.Since(setupStart)
	var base *baseline.Baseline
	if f.baselinePath != "" {
		if base, err = baseline.Load(f.baselinePath); err != nil {
			return usageError(err)
		}
	}
	targets := collectTargets(args, cfg, cmd.InOrStdin(), f.stdinName)
	sortTargets(targets)
	fitMemoryLimit(targets)

	rs, err := openReporters(outs, cmd.OutOrStdout(), report.Options{Color: color, Quiet: f.quiet, StepSummary: stepSummary()})
	if err != nil {
		return usageError(err)
	}
	wd, _ := os.Getwd()
	if err := rs.Start(report.Meta{ToolName: "gwlint", ToolVersion: gwlintVersion(), Rules: enabledRules(e), BaseDir: wd}); err != nil {
		return usageError(err)
	}

	var sum report.Summary
	var recorded []finding.Finding
	var timing lint.Timing
	failed := false
	opts := lint.RunOptions{Jobs: f.jobs, Parse: parser.Options{Encoding: f.encoding, Format: f.inputFormat}, Process: e.Processor(base), RuleStats: f.stats}
	err = e.Run(ctx, targets, opts, func(r lint.FileResult) error {
		sum.Files++
		timing.Add(r.Timing)
		if r.File.Error != "" {
			sum.FilesWithErrors++
		}
		for _, fd := range r.Findings {
			countSeverity(&sum, fd.Severity)
			if failLevel != finding.SeverityNone && fd.Severity >= failLevel {
				failed = true
			}
		}
		if f.writeBaseline != "" {
			recorded = append(recorded, r.Findings...)
		}
		return rs.File(r.File, r.Findings)
	})
	if err != nil {
		return usageError(err)
	}
	if err := rs.Finish(sum); err != nil {
		return usageError(err)
	}
	if f.writeBaseline != "" {
		var buf bytes.Buffer
		if err := baseline.Write(&buf, recorded); err != nil {
			return usageError(err)
		}
		if err := atomicfile.Write(f.writeBaseline, buf.Bytes(), 0o644); err != nil {
			return usageError(fmt.Errorf("writing baseline: %w", err))
		}
	}
	if f.stats {
		printStats(cmd.ErrOrStderr(), setup, timing, sum, time.Since(started))
	}
	switch {
	case sum.FilesWithErrors > 0:
		return &exitError{code: exitUsage}
	case failed:
		return &exitError{code: exitFindings}
	}
	return nil
}

func parseFailLevel(s string) (finding.Severity, error) {
	v, err := finding.ParseSeverity(s)
	if err != nil {
		return 0, fmt.Errorf("--fail-level: %w", err)
	}
	return v, nil
}

func wantColor(mode string, w io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		if os.Getenv("NO_COLOR") != "" {
			return false, nil
		}
		f, ok := w.(*os.File)
		return ok && term.IsTerminal(int(f.Fd())), nil
	}
	return false, fmt.Errorf("--color: want auto, always or never, not %q", mode)
}

// stepSummary opens $GITHUB_STEP_SUMMARY for appending, when set.
func stepSummary() io.Writer {
	p := os.Getenv("GITHUB_STEP_SUMMARY")
	if p == "" {
		return nil
	}
	f, err := os.OpenFile(p, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return nil
	}
	return f
}

func countSeverity(s *report.Summary, sev finding.Severity) {
	switch sev {
	case finding.SeverityError:
		s.Errors++
	case finding.SeverityWarning:
		s.Warnings++
	case finding.SeverityInfo:
		s.Infos++
	}
}

// enabledRules lists the rules that can produce findings in this run, for
// the SARIF driver: enabled rules plus the directive checks.
func enabledRules(e *lint.Engine) []finding.Rule {
	var out []finding.Rule
	for _, r := range e.Rules() {
		if lvl := e.Level(r.ID); lvl != finding.SeverityNone {
			r.Severity = lvl
			out = append(out, r)
		}
	}
	return append(out, lint.DirectiveRules()...)
}

func printStats(w io.Writer, setup time.Duration, t lint.Timing, s report.Summary, total time.Duration) {
	fmt.Fprintf(w, "gwlint stats: %d files in %s\n", s.Files, total.Round(time.Millisecond))
	fmt.Fprintf(w, "  setup     %s (config, rules, data, compile)\n", setup.Round(time.Microsecond))
	fmt.Fprintf(w, "  read      %s\n", t.Read.Round(time.Microsecond))
	fmt.Fprintf(w, "  parse     %s\n", t.Parse.Round(time.Microsecond))
	fmt.Fprintf(w, "  facts     %s\n", t.Facts.Round(time.Microsecond))
	fmt.Fprintf(w, "  evaluate  %s\n", t.Evaluate.Round(time.Microsecond))
	fmt.Fprintln(w, "  (phase times are summed over parallel workers)")
	writeRuleTimes(w, t.Rules)
}

// writeRuleTimes lists the rules by evaluation time, slowest first, with
// their share, as measured under the profiler.
func writeRuleTimes(w io.Writer, rules map[string]time.Duration) {
	if len(rules) == 0 {
		return
	}
	ids := make([]string, 0, len(rules))
	var total time.Duration
	for id, d := range rules {
		ids = append(ids, id)
		total += d
	}
	sort.Slice(ids, func(i, j int) bool {
		if rules[ids[i]] != rules[ids[j]] {
			return rules[ids[i]] > rules[ids[j]]
		}
		return ids[i] < ids[j]
	})
	fmt.Fprintln(w, "  evaluation time per rule (profiled; slowest first):")
	for _, id := range ids {
		fmt.Fprintf(w, "    %-40s %10s  %5.1f%%\n", id, rules[id].Round(time.Microsecond), 100*float64(rules[id])/float64(max(total, 1)))
	}
}
