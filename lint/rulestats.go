package lint

import (
	"context"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/profiler"
	"github.com/open-policy-agent/opa/v1/rego"
)

// `gwlint lint --stats` shows the time each rule takes, so a user can find
// the slow rule in their own rule folder. The document is evaluated a
// second time under OPA's profiler, which times every expression; the
// times are summed by the file the expression is in, and rule files map to
// rules. Time spent in the shared library (rules/lib) is reported under
// "lib". Profiling slows evaluation down several times, so it only runs
// with --stats.

// profileMu serialises profiled evaluations: the profiler gives
// expressions without a location a placeholder one, which writes to the
// shared compiled rules.
var profileMu sync.Mutex

// ruleTimes evaluates the input under the profiler and returns the time
// spent per rule id.
func (e *Engine) ruleTimes(ctx context.Context, input *ast.Term) (map[string]time.Duration, error) {
	profileMu.Lock()
	defer profileMu.Unlock()
	p := profiler.New()
	ctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	if _, err := e.query.Eval(ctx, rego.EvalParsedInput(input.Value), rego.EvalQueryTracer(p)); err != nil {
		return nil, err
	}
	out := map[string]time.Duration{}
	for _, st := range p.ReportTopNResults(-1, []string{"total_time_ns"}) {
		if st.Location == nil {
			continue
		}
		out[e.ruleOfFile(st.Location.File)] += time.Duration(st.ExprTimeNs)
	}
	return out, nil
}

// ruleOfFile names what a module file holds: a rule id, or "lib" for the
// shared library and entrypoint.
func (e *Engine) ruleOfFile(file string) string {
	if id, ok := e.fileRules[file]; ok {
		return id
	}
	return "lib"
}
