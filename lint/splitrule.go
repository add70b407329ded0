package lint

import (
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// On a long document one rule can take most of the evaluation on its own:
// on the 10 MB benchmark file, artifact/duplicate-paragraph walks 60,000
// duplicate paragraphs and reports 28,000 of them, ~0.9 s on one core while
// the other has long finished the remaining rules. Most rules, though,
// report each element of one list on its own: `some dup in
// input.facts.duplicates` and a test of dup. Such a rule's findings on a
// list are the union of its findings on the pieces of that list, so the
// list can be cut in pieces and the pieces evaluated on different cores.
//
// Whether a rule is of that kind is read from its compiled form, never
// guessed: the list L can be split when
//   - every definition of report is a multi-value rule (report contains …),
//   - L is read only by top-level expressions of report bodies of the form
//     `x = input.L[k]` (what `some x in input.L` compiles to), at most one
//     per body, with k used nowhere else in its rule (an element's position
//     changes when the list is cut), and
//   - nothing else the rule can reach (its other rules, the library
//     functions it calls, the rules they call) refers to L, to anything
//     under it, or to anything holding it (input, input.facts, input[x]).
// A body that does not read L gives the same findings on every piece; the
// pieces' findings are merged as a set, as OPA's own evaluation would
// (parallel.go).

// splittableLists returns the input paths (such as ["facts",
// "duplicates"]) whose elements the rule with the given report rules
// reports one by one, in the sense above.
func splittableLists(c *ast.Compiler, report []*ast.Rule) [][]string {
	if len(report) == 0 {
		return nil
	}
	for _, r := range report {
		if r.Head.RuleKind() != ast.MultiValue || len(r.Head.Ref()) != 1 { // a set, not report[k] contains …
			return nil
		}
	}
	// The x = input.L[k] references by list, and whether a body reads a
	// list twice (pairs of elements).
	type listReads struct {
		path   []string
		refs   []*ast.Term
		paired bool
	}
	byPath := map[string]*listReads{}
	for _, r := range report {
		inBody := map[string]bool{}
		for _, expr := range r.Body {
			path, ref, ok := elementIteration(r, expr)
			if !ok {
				continue
			}
			key := strings.Join(path, "\x00")
			l := byPath[key]
			if l == nil {
				l = &listReads{path: path}
				byPath[key] = l
			}
			l.paired = l.paired || inBody[key]
			inBody[key] = true
			l.refs = append(l.refs, ref)
		}
	}
	reachable := reachableRules(c, report)
	var out [][]string
	for _, l := range byPath {
		if !l.paired && onlyReadBy(reachable, l.path, l.refs) {
			out = append(out, l.path)
		}
	}
	slices.SortFunc(out, slices.Compare[[]string]) // report's definitions come in no fixed order
	return out
}

// elementIteration recognises `x = input.L[k]` (either way round) at the
// top level of a body, with L a constant path and k a variable found
// nowhere else in the rule, and returns L and the reference term.
func elementIteration(r *ast.Rule, expr *ast.Expr) ([]string, *ast.Term, bool) {
	if !expr.IsEquality() || expr.Negated || len(expr.With) > 0 {
		return nil, nil, false
	}
	a, b := expr.Operand(0), expr.Operand(1)
	if _, isVar := a.Value.(ast.Var); !isVar {
		a, b = b, a
	}
	if _, isVar := a.Value.(ast.Var); !isVar {
		return nil, nil, false
	}
	ref, ok := b.Value.(ast.Ref)
	if !ok || len(ref) < 3 || !ref[0].Equal(ast.InputRootDocument) {
		return nil, nil, false
	}
	key, ok := ref[len(ref)-1].Value.(ast.Var)
	if !ok {
		return nil, nil, false
	}
	var path []string
	for _, t := range ref[1 : len(ref)-1] {
		s, ok := t.Value.(ast.String)
		if !ok {
			return nil, nil, false
		}
		path = append(path, string(s))
	}
	if occurrences(r, key) != 1 {
		return nil, nil, false
	}
	return path, b, true
}

// occurrences counts the terms of r that are the variable v.
func occurrences(r *ast.Rule, v ast.Var) int {
	n := 0
	ast.WalkTerms(r, func(t *ast.Term) bool {
		if x, ok := t.Value.(ast.Var); ok && x == v {
			n++
		}
		return false
	})
	return n
}

// reachableRules returns the rules that evaluating report can evaluate:
// report's definitions and, transitively, every rule and function they
// refer to (the compiler's dependency graph, which over-approximates
// references with variables in them), with their else branches.
func reachableRules(c *ast.Compiler, report []*ast.Rule) []*ast.Rule {
	seen := map[*ast.Rule]bool{}
	var out []*ast.Rule
	todo := slices.Clone(report)
	for len(todo) > 0 {
		r := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if seen[r] {
			continue
		}
		seen[r] = true
		out = append(out, r)
		for dep := range c.Graph.Dependencies(r) {
			if d, ok := dep.(*ast.Rule); ok {
				todo = append(todo, d)
			}
		}
		if r.Else != nil {
			todo = append(todo, r.Else)
		}
	}
	return out
}

// onlyReadBy reports whether every term of the rules that can refer to
// the value at path (input itself, a reference that can hold it or reach
// into it) is one of allowed.
func onlyReadBy(rules []*ast.Rule, path []string, allowed []*ast.Term) bool {
	ok := true
	for _, r := range rules {
		ast.WalkTerms(r, func(t *ast.Term) bool {
			if !ok {
				return true
			}
			if slices.Contains(allowed, t) {
				return true // the iteration itself; its key is a fresh variable
			}
			if overlapsInput(t, path) {
				ok = false
			}
			// A reference rooted at input has been judged whole; its
			// head is the variable input, which must not be judged again.
			ref, isRef := t.Value.(ast.Ref)
			return !ok || isRef && len(ref) > 0 && ref[0].Equal(ast.InputRootDocument)
		})
	}
	return ok
}

// overlapsInput reports whether term t can denote the value at the input
// path, a value inside it, or a value holding it.
func overlapsInput(t *ast.Term, path []string) bool {
	switch v := t.Value.(type) {
	case ast.Var:
		return v.Equal(ast.InputRootDocument.Value)
	case ast.Ref:
		if len(v) == 0 || !v[0].Equal(ast.InputRootDocument) {
			return false
		}
		for i, step := range v[1:] {
			if i >= len(path) {
				return true // into the value
			}
			if s, ok := step.Value.(ast.String); ok && string(s) != path[i] {
				return false // another key: a disjoint value
			}
		}
		return true // the value or one holding it
	}
	return false
}
