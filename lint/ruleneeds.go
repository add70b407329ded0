package lint

import (
	"context"
	"fmt"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/types"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/finding"
)

// Most rules can only report on something Go found: a typo rule needs a
// match of its word list, a date rule a date. On most documents most lists
// are empty, yet OPA still evaluates every rule, which costs ~10 µs and ~40
// allocations per rule per document even when the rule iterates an empty
// list; over a corpus of ordinary reports that fixed cost was a quarter of
// the evaluation time. So a rule may declare in its METADATA the input
// paths it needs (custom.needs: [matches.typo]); on a document where every
// one of them is empty, the entrypoint skips the rule (rules/main/main.rego
// asks gwlint.active). A declaration only says when the rule cannot
// report: TestRuleNeedsAreSound checks that on every test document.

// needsRef is one declared need of a rule, as a reference into the input.
type needsRef struct {
	category, name string
	paths          []ast.Ref
}

// ruleNeeds checks the enabled rules' needs against the data and the input
// they read and turns them into input references.
func (e *Engine) ruleNeeds() ([]needsRef, error) {
	var out []needsRef
	patterns, _ := e.data["patterns"].(map[string]any)
	known := map[string]bool{}
	for _, n := range facts.Names() {
		known[n] = true
	}
	for _, r := range e.rules {
		if e.levels[r.ID] == finding.SeverityNone || len(r.Needs) == 0 {
			continue
		}
		nr := needsRef{category: r.Category, name: r.Name}
		for _, path := range r.Needs {
			keys := strings.Split(path, ".")
			switch {
			case keys[0] == "matches" && len(keys) > 1 && patterns[keys[1]] == nil:
				return nil, fmt.Errorf("rule %s: custom.needs names %s, but there is no pattern list %q", r.ID, path, keys[1])
			case keys[0] == "facts" && len(keys) > 1 && !known[keys[1]]:
				return nil, fmt.Errorf("rule %s: custom.needs names %s, but there is no fact %q", r.ID, path, keys[1])
			case !e.use.reads(keys):
				return nil, fmt.Errorf("rule %s: custom.needs names %s, which the rules never read", r.ID, path)
			}
			ref := make(ast.Ref, len(keys))
			for i, k := range keys {
				ref[i] = ast.StringTerm(k)
			}
			nr.paths = append(nr.paths, ref)
		}
		out = append(out, nr)
	}
	return out, nil
}

// idleRules returns the rules whose needs are all empty in this input, as
// "category/name" keys; nil when every rule may report.
func (e *Engine) idleRules(input *ast.Term) map[string]bool {
	var idle map[string]bool
	for _, nr := range e.needs {
		if needsMet(input, nr.paths) {
			continue
		}
		if idle == nil {
			idle = map[string]bool{}
		}
		idle[nr.category+"/"+nr.name] = true
	}
	return idle
}

// needsMet reports whether one of the paths holds something: a non-empty
// array, object, set or string, or any other value.
func needsMet(input *ast.Term, paths []ast.Ref) bool {
	for _, p := range paths {
		v, err := input.Value.Find(p)
		if err != nil {
			continue
		}
		switch x := v.(type) {
		case *ast.Array:
			if x.Len() > 0 {
				return true
			}
		case ast.Object:
			if x.Len() > 0 {
				return true
			}
		case ast.Set:
			if x.Len() > 0 {
				return true
			}
		case ast.String:
			if x != "" {
				return true
			}
		case ast.Null:
		default:
			return true
		}
	}
	return false
}

// idleKey carries a document's idle rules to the gwlint.active built-in
// through the evaluation's context.
type idleKey struct{}

// withIdleRules returns ctx carrying the rules to skip.
func withIdleRules(ctx context.Context, idle map[string]bool) context.Context {
	if idle == nil {
		return ctx
	}
	return context.WithValue(ctx, idleKey{}, idle)
}

var activeBuiltinDecl = &rego.Function{
	Name:        "gwlint.active",
	Description: "Reports whether the engine evaluates the rule category/name on this document (false when all its custom.needs are empty).",
	Decl:        types.NewFunction(types.Args(types.S, types.S), types.B),
}

// activeBuiltin implements gwlint.active; without idle rules in the
// context (rule tests, --stats profiling) every rule is active.
var activeBuiltin = rego.Function2(activeBuiltinDecl, func(bc rego.BuiltinContext, category, name *ast.Term) (*ast.Term, error) {
	idle, _ := bc.Context.Value(idleKey{}).(map[string]bool)
	c, _ := category.Value.(ast.String)
	n, _ := name.Value.(ast.String)
	return ast.InternedTerm(!idle[string(c)+"/"+string(n)]), nil
})

// activeBuiltinAST is the declaration the test runner's compiler needs.
func activeBuiltinAST() *ast.Builtin {
	return &ast.Builtin{Name: activeBuiltinDecl.Name, Description: activeBuiltinDecl.Description, Decl: activeBuiltinDecl.Decl}
}
