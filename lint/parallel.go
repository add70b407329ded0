package lint

import (
	"context"
	"fmt"
	"runtime"
	"strconv"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
)

// OPA evaluates one query on one goroutine. For an ordinary document that
// is right: a run lints many documents, one per core. A single long
// document (a year's reports in one file) would leave the other cores idle
// for seconds, so from parallelEvalBytes of text on, the engine evaluates
// each enabled rule as its own query and spreads the rules over the cores.
// The per-rule queries are prepared on first use against the compiler
// that already holds the compiled rules, so only the small queries are
// compiled, and a run without long documents never pays for them. The
// union of the rules' findings is the entrypoint's result, and findings
// are sorted afterwards, so the output does not depend on which rule
// finished first.

// parallelEvalBytes is the document size from which rules are evaluated in
// parallel: below it, the preparation and the goroutines cost more than
// they save.
const parallelEvalBytes = 1 << 20

// ruleQuery is one enabled rule's report, prepared for evaluation.
type ruleQuery struct {
	id    string
	query rego.PreparedEvalQuery
}

// ruleQueries prepares the per-rule queries once per engine.
func (e *Engine) ruleQueries(ctx context.Context) ([]ruleQuery, error) {
	e.perRule.once.Do(func() {
		for _, r := range e.rules {
			if e.levels[r.ID] == finding.SeverityNone {
				continue
			}
			q := fmt.Sprintf("data.gwlint.rules[%s][%s].report", strconv.Quote(r.Category), strconv.Quote(r.Name))
			pq, err := rego.New(
				rego.Query(q),
				rego.Compiler(e.compiler),
				rego.Store(e.store),
				rego.SetRegoVersion(ast.RegoV1),
			).PrepareForEval(ctx)
			if err != nil {
				e.perRule.err = fmt.Errorf("preparing rule %s (%s): %w", r.ID, e.ruleSet, err)
				return
			}
			e.perRule.queries = append(e.perRule.queries, ruleQuery{id: r.ID, query: pq})
		}
	})
	return e.perRule.queries, e.perRule.err
}

// evaluateParallel evaluates the enabled rules on a long document, one rule
// per task on up to GOMAXPROCS goroutines.
func (e *Engine) evaluateParallel(ctx context.Context, doc *parser.Document, input *ast.Term) ([]finding.Finding, error) {
	queries, err := e.ruleQueries(ctx)
	if err != nil {
		return nil, err
	}
	return e.evaluateWith(ctx, doc, input, func(ctx context.Context) ([]any, error) {
		return evalEachRule(ctx, queries, e.idleRules(input), input)
	})
}

// evalEachRule evaluates the queries of the rules that are not idle and
// concatenates their results in the order of queries.
func evalEachRule(ctx context.Context, queries []ruleQuery, idle map[string]bool, input *ast.Term) ([]any, error) {
	results := make([][]any, len(queries)) // by rule, so the order is fixed
	errs := make([]error, len(queries))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(queries)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], errs[i] = evalReport(ctx, queries[i].query, input)
			}
		}()
	}
	for i, q := range queries {
		if !idle[q.id] {
			next <- i
		}
	}
	close(next)
	wg.Wait()

	var raw []any
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("rule %s: %w", queries[i].id, err)
		}
		raw = append(raw, results[i]...)
	}
	return raw, nil
}

// evalReport evaluates a query whose result is a set of findings.
func evalReport(ctx context.Context, q rego.PreparedEvalQuery, input *ast.Term) ([]any, error) {
	rs, err := q.Eval(ctx, rego.EvalParsedInput(input.Value))
	if err != nil {
		return nil, err
	}
	var raw []any
	if len(rs) > 0 && len(rs[0].Expressions) > 0 {
		raw, _ = rs[0].Expressions[0].Value.([]any)
	}
	return raw, nil
}
