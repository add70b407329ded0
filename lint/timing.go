package lint

import (
	"context"
	"time"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
)

// Timing is the time one document spent in each phase, for --stats.
type Timing struct {
	Read, Parse, Facts, Evaluate time.Duration
}

// Add accumulates another document's timing.
func (t *Timing) Add(o Timing) {
	t.Read += o.Read
	t.Parse += o.Parse
	t.Facts += o.Facts
	t.Evaluate += o.Evaluate
}

// lintTimed is Lint with the fact-extraction and evaluation phases timed.
func (e *Engine) lintTimed(ctx context.Context, doc *parser.Document) ([]finding.Finding, Timing, error) {
	var t Timing
	start := time.Now()
	input := e.Input(doc)
	t.Facts = time.Since(start)
	start = time.Now()
	fs, err := e.evaluate(ctx, doc, input)
	t.Evaluate = time.Since(start)
	return fs, t, err
}
