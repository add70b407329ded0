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
	// Rules is the evaluation time per rule id, measured only when
	// RunOptions.RuleStats is set (see rulestats.go).
	Rules map[string]time.Duration
}

// Add accumulates another document's timing.
func (t *Timing) Add(o Timing) {
	t.Read += o.Read
	t.Parse += o.Parse
	t.Facts += o.Facts
	t.Evaluate += o.Evaluate
	for id, d := range o.Rules {
		if t.Rules == nil {
			t.Rules = map[string]time.Duration{}
		}
		t.Rules[id] += d
	}
}

// lintTimed is Lint with the fact-extraction and evaluation phases timed,
// and with per-rule times when ruleStats is set.
func (e *Engine) lintTimed(ctx context.Context, doc *parser.Document, ruleStats bool) ([]finding.Finding, Timing, error) {
	if e.isLong(doc) {
		fs, t, err := e.lintLong(ctx, doc)
		if err == nil && ruleStats {
			t.Rules, err = e.ruleTimes(ctx, e.lintInput(doc))
		}
		return fs, t, err
	}
	var t Timing
	start := time.Now()
	input := e.lintInput(doc)
	t.Facts = time.Since(start)
	start = time.Now()
	fs, err := e.evaluate(ctx, doc, input)
	t.Evaluate = time.Since(start)
	if err == nil && ruleStats {
		t.Rules, err = e.ruleTimes(ctx, input)
	}
	return fs, t, err
}
