package lint

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestSummary counts the results of a Rego test run.
type TestSummary struct {
	Passed, Failed, Errored, Skipped int
}

// OK reports whether every test passed.
func (s TestSummary) OK() bool { return s.Failed == 0 && s.Errored == 0 }

// RunTests runs the Rego tests (*_test.rego) of the built-in rules and of
// the rule folders the engine loaded, with the same data and the
// gwlint.input built-in. filter is a regular expression on test names ("" =
// all). Each failing test is written to w; with verbose, passing ones too.
func (e *Engine) RunTests(ctx context.Context, w io.Writer, filter string, verbose bool) (TestSummary, error) {
	var sum TestSummary
	modules, err := e.modules.withTests()
	if err != nil {
		return sum, err
	}
	store := inmem.NewFromObject(map[string]any{"gwlint": e.storeData(Settings{})})
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return sum, err
	}
	defer store.Abort(ctx, txn)
	runner := tester.NewRunner().
		SetStore(store).
		SetDefaultRegoVersion(ast.RegoV1).
		AddCustomBuiltins([]*tester.Builtin{
			{Decl: inputBuiltinAST(), Func: e.inputBuiltin()},
			{Decl: activeBuiltinAST(), Func: activeBuiltin},
		}).
		CapturePrintOutput(true).
		SetModules(modules)
	if filter != "" {
		runner = runner.Filter(filter)
	}
	ch, err := runner.RunTests(ctx, txn)
	if err != nil {
		return sum, fmt.Errorf("rule tests: %w", err)
	}
	var results []*tester.Result
	for r := range ch {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool {
		a, b := results[i], results[j]
		if a.Package != b.Package {
			return a.Package < b.Package
		}
		return a.Name < b.Name
	})
	for _, r := range results {
		status := "PASS"
		switch {
		case r.Error != nil:
			sum.Errored++
			status = "ERROR"
		case r.Fail:
			sum.Failed++
			status = "FAIL"
		case r.Skip:
			sum.Skipped++
			status = "SKIP"
		default:
			sum.Passed++
		}
		if status == "PASS" && !verbose {
			continue
		}
		fmt.Fprintf(w, "%s %s.%s (%s)\n", status, strings.TrimPrefix(r.Package, "data."), r.Name, r.Location)
		if r.Error != nil {
			fmt.Fprintf(w, "    %v\n", r.Error)
		}
		if len(r.Output) > 0 && status != "PASS" {
			fmt.Fprintf(w, "    %s\n", strings.ReplaceAll(strings.TrimSpace(string(r.Output)), "\n", "\n    "))
		}
	}
	return sum, nil
}
