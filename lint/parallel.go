package lint

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
)

// A long document (a year's reports in one file) is linted differently
// from an ordinary one, for two reasons:
//
//   - OPA evaluates one query on one goroutine, so the single query would
//     leave the other cores idle for seconds. Each enabled rule is
//     evaluated as its own query instead, and the rules are spread over
//     the cores.
//   - Its rule input, built in one piece, is most of the memory of the run
//     (~200 MB of OPA terms for a 10 MB file), and the collector rescans
//     all of it on every cycle. So the input is built in parts
//     (inputparts.go): each rule gets only the parts it reads, a part is
//     encoded when the first of its readers starts and dropped when the
//     last has finished, and rules run in an order that keeps the large
//     parts short-lived.
//   - One rule can outweigh all the others together (the duplicate
//     paragraphs of a file of concatenated reports). A rule that reports
//     the elements of a list one by one is evaluated in pieces of that
//     list, one per core (splitrule.go, splittasks.go).
//
// The per-rule queries are prepared on first use against the compiler that
// already holds the compiled rules, so only the small queries are compiled,
// and a run without long documents never pays for them. Findings are
// sorted afterwards, so the output does not depend on which rule finished
// first; TestLongDocumentPathGivesTheSameFindings compares the two paths.

// longDocumentBytes is the document size from which the long-document path
// is taken: below it, the preparation and the goroutines cost more than
// they save.
const longDocumentBytes = 1 << 20

// isLong reports whether doc takes the long-document path.
func (e *Engine) isLong(doc *parser.Document) bool {
	return len(doc.Text) >= longDocumentBytes && runtime.GOMAXPROCS(0) > 1
}

// ruleQuery is one enabled rule's report, prepared for evaluation, with the
// input it reads and the needs it declares.
type ruleQuery struct {
	id    string
	query rego.PreparedEvalQuery
	use   *inputUse
	needs []ast.Ref
	// lists are the input lists whose elements the rule reports one by
	// one, so it can be evaluated on pieces of them (splitrule.go).
	lists [][]string
}

// ruleQueries prepares the per-rule queries once per engine.
func (e *Engine) ruleQueries(ctx context.Context) ([]ruleQuery, error) {
	e.perRule.once.Do(func() {
		ruleFile := map[string]string{}
		for file, id := range e.fileRules {
			ruleFile[id] = file
		}
		needs := map[string][]ast.Ref{}
		for _, nr := range e.needs {
			needs[nr.category+"/"+nr.name] = nr.paths
		}
		for _, r := range e.rules {
			if e.levels[r.ID] == finding.SeverityNone {
				continue
			}
			ref := ast.Ref{ast.DefaultRootDocument, ast.StringTerm("gwlint"), ast.StringTerm("rules"),
				ast.StringTerm(r.Category), ast.StringTerm(r.Name), ast.StringTerm("report")}
			pq, err := rego.New(
				rego.Query(ref.String()),
				rego.Compiler(e.compiler),
				rego.Store(e.store),
				rego.SetRegoVersion(ast.RegoV1),
			).PrepareForEval(ctx)
			if err != nil {
				e.perRule.err = fmt.Errorf("preparing rule %s (%s): %w", r.ID, e.ruleSet, err)
				return
			}
			// The rule's own reads, and those of the library functions it
			// calls: every other module is analysed only if referred to.
			file := ruleFile[r.ID]
			use := analyseInputUse(e.compiler, func(f string) bool { return f != file })
			e.perRule.queries = append(e.perRule.queries, ruleQuery{
				id: r.ID, query: pq, use: use, needs: needs[r.ID], lists: splittableLists(e.compiler, e.compiler.GetRules(ref)),
			})
		}
	})
	return e.perRule.queries, e.perRule.err
}

// lintLong lints a long document as described above. Facts is the time to
// match patterns and extract facts in Go; Evaluate includes the encoding of
// the parts.
func (e *Engine) lintLong(ctx context.Context, doc *parser.Document) ([]finding.Finding, Timing, error) {
	var t Timing
	queries, err := e.ruleQueries(ctx)
	if err != nil {
		return nil, t, err
	}
	start := time.Now()
	dp := e.documentParts(doc)
	t.Facts = time.Since(start)
	start = time.Now()
	fs, err := e.evaluateWith(ctx, doc, func(ctx context.Context) ([]finding.Finding, error) {
		return e.evalEachRule(ctx, doc, queries, dp)
	})
	t.Evaluate = time.Since(start)
	return fs, t, err
}

// documentParts computes the pattern matches and facts of doc in Go and
// prepares the parts of its input. Only the parts hold the Go values, so
// each is freed with its part.
func (e *Engine) documentParts(doc *parser.Document) *documentParts {
	in := e.goInput(doc)
	return newDocumentParts(doc, e.use, in.Matches, in.Facts)
}

// ruleTask is one rule to evaluate on one document, or one piece of it.
type ruleTask struct {
	query *ruleQuery
	parts []partKey
	needs []partKey
	// split is set when the rule is evaluated on pieces of a list; the
	// task is piece number piece.
	split *splitRule
	piece int
	// anchor and weight order the tasks (planRuleTasks).
	anchor partKey
	weight int
}

// evalEachRule evaluates every rule on up to GOMAXPROCS goroutines and
// returns the findings of all of them.
func (e *Engine) evalEachRule(ctx context.Context, doc *parser.Document, queries []ruleQuery, dp *documentParts) ([]finding.Finding, error) {
	tasks := planRuleTasks(queries, dp)
	results := make([][]finding.Finding, len(tasks))
	errs := make([]error, len(tasks))
	sched := newTaskScheduler(tasks, dp)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(tasks)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, ok := sched.next(); ok; i, ok = sched.next() {
				results[i], errs[i] = e.evalRuleTask(ctx, doc, &tasks[i], dp)
				sched.done(i)
			}
		}()
	}
	wg.Wait()

	var out []finding.Finding
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("rule %s: %w", tasks[i].query.id, err)
		}
		out = append(out, results[i]...)
	}
	SortFindings(out)
	return out, nil
}

// planRuleTasks lists each rule with the parts it reads, in the order
// that keeps the large parts short-lived: a rule's anchor is the part it
// reads that weighs most per reader (a large part few rules read, such as
// the headings or the duplicate paragraphs), and rules run by anchor, the
// heaviest first, so the readers of a large part run one after another and
// the part is dropped soon after it is built.
func planRuleTasks(queries []ruleQuery, dp *documentParts) []ruleTask {
	tasks := make([]ruleTask, len(queries))
	for i := range queries {
		q := &queries[i]
		t := ruleTask{query: q, parts: partsRead(q.use, dp.keys), needs: needParts(q.needs, dp)}
		for _, k := range t.needs {
			if !slices.Contains(t.parts, k) {
				t.parts = append(t.parts, k)
			}
		}
		tasks[i] = t
	}
	tasks = splitTasks(tasks, dp, runtime.GOMAXPROCS(0))
	for i := range tasks {
		for _, k := range tasks[i].parts {
			dp.parts[k].readers.Add(1)
		}
	}
	for i := range tasks {
		tasks[i].anchor, tasks[i].weight = anchorOf(tasks[i].parts, dp)
	}
	slices.SortStableFunc(tasks, func(a, b ruleTask) int {
		if c := cmp.Compare(b.weight, a.weight); c != 0 {
			return c
		}
		return cmp.Compare(a.anchor.String(), b.anchor.String())
	})
	return tasks
}

// anchorOf returns the part of parts with the largest size per reader.
func anchorOf(parts []partKey, dp *documentParts) (partKey, int) {
	var anchor partKey
	weight := -1
	for _, k := range parts {
		p := dp.parts[k]
		w := p.size / max(1, int(p.readers.Load()))
		if w > weight || w == weight && k.String() < anchor.String() {
			anchor, weight = k, w
		}
	}
	return anchor, weight
}

// needParts are the parts that hold a rule's declared needs.
func needParts(needs []ast.Ref, dp *documentParts) []partKey {
	var out []partKey
	for _, ref := range needs {
		k := partKey{top: string(ref[0].Value.(ast.String))}
		if slices.Contains(groupedParts, k.top) && len(ref) > 1 {
			k.sub = string(ref[1].Value.(ast.String))
		}
		if dp.parts[k] != nil && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// evalRuleTask evaluates one rule (or one piece of it) unless its needs
// are empty, and releases the parts it read.
func (e *Engine) evalRuleTask(ctx context.Context, doc *parser.Document, t *ruleTask, dp *documentParts) ([]finding.Finding, error) {
	defer func() {
		for _, k := range t.parts {
			dp.parts[k].release()
		}
	}()
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if len(t.query.needs) > 0 && !needsMet(dp.inputFor(t.needs, nil), t.query.needs) {
		return nil, nil
	}
	raw, err := evalReport(ctx, t.query.query, t.input(dp))
	if err != nil {
		return nil, err
	}
	if t.split != nil {
		var done bool
		if raw, done = t.split.finish(raw); !done {
			return nil, nil // the last piece to finish converts the rule's findings
		}
	}
	return e.toFindings(doc, raw)
}

// evalReport evaluates a query whose result is a set of findings. The
// findings are returned as OPA terms (resultElements), which toFindings
// reads directly: OPA's conversion of each one into a Go map cost more than
// everything else done per finding. The calls that build findings are not
// memoised (evalcache.go).
func evalReport(ctx context.Context, q rego.PreparedEvalQuery, input *ast.Term) ([]any, error) {
	rs, err := q.Eval(ctx, rego.EvalParsedInput(input.Value), rego.EvalGenerateJSON(resultElements),
		rego.EvalVirtualCache(newEvalCache()))
	if err != nil {
		return nil, err
	}
	var raw []any
	if len(rs) > 0 && len(rs[0].Expressions) > 0 {
		raw, _ = rs[0].Expressions[0].Value.([]any)
	}
	return raw, nil
}
