package lint

import (
	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/gwlint/gwlint/parser"
)

// objectBuilder collects the fields of one object of the rule input,
// leaving out the fields no enabled rule reads (see inputuse.go): a field
// left out is never built, and each field is an OPA term of its own, so on
// a long document the unread fields of paragraphs and headings were a
// sizeable part of the input's memory.
type objectBuilder struct {
	use   *inputUse
	items [][2]*ast.Term
}

func newObjectBuilder(use *inputUse, fields int) objectBuilder {
	return objectBuilder{use: use, items: make([][2]*ast.Term, 0, fields)}
}

func (o *objectBuilder) wants(key *ast.Term) bool { return o.use.has(string(key.Value.(ast.String))) }

func (o *objectBuilder) put(key, value *ast.Term) {
	o.items = append(o.items, [2]*ast.Term{key, value})
}

func (o *objectBuilder) int(key *ast.Term, v int) {
	if o.wants(key) {
		o.put(key, intTerm(v))
	}
}

func (o *objectBuilder) str(key *ast.Term, v string) {
	if o.wants(key) {
		o.put(key, ast.StringTerm(v))
	}
}

func (o *objectBuilder) bool(key *ast.Term, v bool) {
	if o.wants(key) {
		o.put(key, boolTerm(v))
	}
}

// span adds a span through the document's span cache.
func (o *objectBuilder) span(d *docEncoder, key *ast.Term, s parser.Span) {
	if o.wants(key) {
		o.put(key, d.span(s))
	}
}

// list adds a value that is costly to build (a list), built only if read.
func (o *objectBuilder) list(key *ast.Term, build func() *ast.Term) {
	if o.wants(key) {
		o.put(key, build())
	}
}

func (o *objectBuilder) term() *ast.Term { return ast.ObjectTerm(o.items...) }
