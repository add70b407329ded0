package lint

import (
	"context"
	"runtime"
	"strings"
	"time"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
)

// Target is one document to lint.
type Target struct {
	// Path is the name shown in output and used to pick the format.
	Path string
	// Read returns the file's bytes. It is called by a worker, so reading
	// happens in parallel and only a bounded number of files are in memory.
	Read func() ([]byte, error)
	// Stdin marks the document read from standard input.
	Stdin bool
}

// FileResult is the outcome for one target.
type FileResult struct {
	File     finding.File
	Findings []finding.Finding
	Timing   Timing
}

// RunOptions configure Run.
type RunOptions struct {
	// Jobs bounds parallel workers; 0 means GOMAXPROCS.
	Jobs int
	// Parse is passed to parser.Parse (forced encoding or format).
	Parse parser.Options
	// Process post-processes a document's findings before they are emitted
	// (inline suppression, baseline). It runs in the worker.
	Process func(doc *parser.Document, fs []finding.Finding) []finding.Finding
	// RuleStats measures the evaluation time of each rule (--stats).
	RuleStats bool
}

// Run lints targets in parallel and calls emit once per target, in the
// order of targets, as soon as that target and all before it are done.
// Memory stays bounded: a worker starts a target only while fewer than
// 4×Jobs finished results wait for emission, and documents are dropped as
// soon as their findings are computed. emit's error stops the run.
func (e *Engine) Run(ctx context.Context, targets []Target, opt RunOptions, emit func(FileResult) error) error {
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	results := make([]chan FileResult, len(targets))
	for i := range results {
		results[i] = make(chan FileResult, 1)
	}
	window := make(chan struct{}, 4*jobs)
	work := make(chan int)
	go func() {
		defer close(work)
		for i := range targets {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case work <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for w := 0; w < jobs; w++ {
		go func() {
			for i := range work {
				results[i] <- e.lintTarget(ctx, targets[i], opt)
			}
		}()
	}
	for i := range targets {
		var r FileResult
		select {
		case r = <-results[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-window
		if err := emit(r); err != nil {
			return err
		}
	}
	return nil
}

// lintTarget reads, parses and lints one target. Errors become the file's
// Error, never a failure of the run.
func (e *Engine) lintTarget(ctx context.Context, t Target, opt RunOptions) FileResult {
	res := FileResult{File: finding.File{Path: t.Path}}
	start := time.Now()
	data, err := t.Read()
	if err != nil {
		res.File.Error = trimPathPrefix(t.Path, err.Error())
		return res
	}
	res.Timing.Read = time.Since(start)

	start = time.Now()
	popt := opt.Parse
	popt.NoSentences = popt.NoSentences || !e.readsSentences()
	doc, err := parser.Parse(t.Path, data, popt)
	if err != nil {
		res.File.Error = trimPathPrefix(t.Path, err.Error())
		return res
	}
	res.Timing.Parse = time.Since(start)
	res.File.Kind = doc.Kind

	fs, timing, err := e.lintTimed(ctx, doc, opt.RuleStats)
	res.Timing.Facts, res.Timing.Evaluate, res.Timing.Rules = timing.Facts, timing.Evaluate, timing.Rules
	if err != nil {
		res.File.Error = err.Error()
		return res
	}
	if opt.Process != nil {
		fs = opt.Process(doc, fs)
	}
	res.Findings = fs
	return res
}

// trimPathPrefix removes a leading "path: " that errors from the parser
// carry, since every output format prints the path already.
func trimPathPrefix(path, msg string) string {
	return strings.TrimPrefix(msg, path+": ")
}

// readsSentences reports whether an enabled rule reads the sentences of
// paragraphs (decided once, in New); if none does, documents are parsed
// without splitting them.
func (e *Engine) readsSentences() bool { return e.sentences }
