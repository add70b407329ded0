package lint

import (
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// OPA memoises every call of a Rego function for the rest of the
// evaluation, keyed by its arguments. For the finding constructors of
// data.gwlint.result (result.fail, result.fix, …) that is pure cost: each
// call has its own span and message, so an entry is never hit, yet the
// cache hashes the arguments and keeps every finding a second time. On the
// 10 MB file (36,000 findings) leaving them out saved ~15% of the CPU,
// most of it collection. Functions are pure, so leaving some calls out of
// the cache cannot change a result; every other function and rule is
// cached as before.

// findingConstructors are the functions of data.gwlint.result that build
// a finding (TestFindingConstructorsAreListed keeps the list complete).
// Its helper rule_id is called with the same rule's chain for every
// finding, so it stays cached.
var findingConstructors = map[string]bool{"fail": true, "fix": true, "at_document": true, "with_severity": true}

// resultPackage is the package of the finding constructors.
var resultPackage = ast.MustParseRef("data.gwlint.result")

// evalCache is OPA's virtual cache without the calls of the finding
// constructors.
type evalCache struct{ topdown.VirtualCache }

func newEvalCache() evalCache { return evalCache{topdown.NewVirtualCache()} }

func (c evalCache) Get(key ast.Ref) (*ast.Term, bool) {
	if constructsFinding(key) {
		return nil, false
	}
	return c.VirtualCache.Get(key)
}

func (c evalCache) Put(key ast.Ref, value *ast.Term) {
	if !constructsFinding(key) {
		c.VirtualCache.Put(key, value)
	}
}

// constructsFinding reports whether key is the cache key of a call of a
// finding constructor: OPA keys a call by the function's reference
// followed by its arguments, and a rule's value by its own reference,
// which starts with the variable data rather than a reference.
func constructsFinding(key ast.Ref) bool {
	if len(key) == 0 {
		return false
	}
	fn, ok := key[0].Value.(ast.Ref)
	if !ok || len(fn) != len(resultPackage)+1 || !fn.HasPrefix(resultPackage) {
		return false
	}
	name, ok := fn[len(resultPackage)].Value.(ast.String)
	return ok && findingConstructors[string(name)]
}
