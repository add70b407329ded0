package lint

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// TestFindingConstructorsAreListed: every function of data.gwlint.result
// is either a finding constructor (not memoised) or one of the helpers
// known to be called with the same arguments again (memoised). A new
// function there must be put on one side.
func TestFindingConstructorsAreListed(t *testing.T) {
	memoised := map[string]bool{"rule_id": true}
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, m := range e.compiler.Modules {
		if !m.Package.Path.Equal(resultPackage) {
			continue
		}
		for _, r := range m.Rules {
			if len(r.Head.Args) == 0 {
				continue
			}
			name := r.Head.Name.String()
			seen[name] = true
			if findingConstructors[name] == memoised[name] {
				t.Errorf("result.%s is neither listed as a finding constructor (evalcache.go) nor as memoised (this test)", name)
			}
		}
	}
	for name := range findingConstructors {
		if !seen[name] {
			t.Errorf("findingConstructors names result.%s, which does not exist", name)
		}
	}
}

func TestConstructsFinding(t *testing.T) {
	call := func(fn string) ast.Ref {
		return ast.Ref{ast.RefTerm(ast.MustParseRef(fn).Copy()...), ast.StringTerm("arg")}
	}
	for _, tt := range []struct {
		key  ast.Ref
		want bool
	}{
		{call("data.gwlint.result.fix"), true},
		{call("data.gwlint.result.fail"), true},
		{call("data.gwlint.result.rule_id"), false},
		{call("data.gwlint.config.option"), false},
		{ast.MustParseRef("data.gwlint.result.fix"), false}, // a rule's key, not a call
		{nil, false},
	} {
		if got := constructsFinding(tt.key); got != tt.want {
			t.Errorf("constructsFinding(%v) = %v, want %v", tt.key, got, tt.want)
		}
	}
}
