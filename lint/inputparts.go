package lint

import (
	"maps"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/gwlint/gwlint/parser"
)

// On a long document the rule input is not built as one value (see
// parallel.go) but in parts: each list of the section tree (input.paragraphs,
// input.headings, …), each pattern list (input.matches.typo) and each fact
// (input.facts.duplicates) is a part. A part is encoded when the first rule
// that reads it starts and dropped when the last one has finished, and each
// rule is given an input object holding only the parts it reads. Every part
// is encoded with the projection of all enabled rules (Engine.use), so on
// every path a rule reads its input equals the one-piece input.

// partKey names a part: a top-level key of the input, and for "matches"
// and "facts" the key below it.
type partKey struct{ top, sub string }

func (k partKey) String() string {
	if k.sub == "" {
		return k.top
	}
	return k.top + "." + k.sub
}

// groupedParts are the top-level keys whose values are objects of parts.
var groupedParts = []string{"matches", "facts"}

// partsRead lists the parts of the input that use reads, among the parts
// that exist (see documentParts.keys).
func partsRead(use *inputUse, keys []partKey) []partKey {
	var out []partKey
	for _, k := range keys {
		if !use.has(k.top) {
			continue
		}
		if k.sub == "" || use.child(k.top).has(k.sub) {
			out = append(out, k)
		}
	}
	return out
}

// inputPart is one part of one document's input.
type inputPart struct {
	build func() *ast.Term
	// size estimates the part's weight (elements of its lists), for the
	// order in which rules run.
	size int
	once sync.Once
	term *ast.Term
	// readers counts the rules still to finish that read the part; at
	// zero the term is dropped.
	readers atomic.Int32
}

// get encodes the part on first use. The build function, which holds the
// part's Go value, is dropped once it has run.
func (p *inputPart) get() *ast.Term {
	p.once.Do(func() { p.term, p.build = p.build(), nil })
	return p.term
}

// release is called once by each reader when it is done with the part.
func (p *inputPart) release() {
	if p.readers.Add(-1) == 0 {
		p.term, p.build = nil, nil // build: a part no rule ran for
	}
}

// documentParts are the parts of one document's input that some enabled
// rule reads.
type documentParts struct {
	scalars [][2]*ast.Term
	parts   map[partKey]*inputPart
	keys    []partKey // in a fixed order
}

// newDocumentParts prepares (without encoding) the parts of doc's input
// under use, from the pattern matches and facts computed in Go.
func newDocumentParts(doc *parser.Document, use *inputUse, matches map[string][]matchFact, facts map[string]any) *documentParts {
	dp := &documentParts{scalars: scalarItems(doc), parts: map[partKey]*inputPart{}}
	add := func(k partKey, size int, build func() *ast.Term) {
		dp.keys = append(dp.keys, k)
		dp.parts[k] = &inputPart{build: build, size: size}
	}
	for _, l := range treeLists {
		if use.has(l.name) {
			add(partKey{top: l.name}, l.size(doc), func() *ast.Term {
				// An encoder per part: parts are built concurrently, and the
				// encoder's span cache is not safe for that.
				return l.build(newDocEncoder(doc, use), doc)
			})
		}
	}
	matchUse := use.child("matches")
	for _, name := range slices.Sorted(maps.Keys(matches)) {
		if matchUse.has(name) {
			list := matches[name]
			add(partKey{"matches", name}, len(list), func() *ast.Term { return encodeSlice(list, matchTerm) })
		}
	}
	factUse := use.child("facts")
	for _, name := range slices.Sorted(maps.Keys(facts)) {
		if factUse.has(name) {
			v, u := reflect.ValueOf(facts[name]), factUse.child(name)
			add(partKey{"facts", name}, valueSize(v), func() *ast.Term { return encodeUsed(v, u) })
		}
	}
	return dp
}

// inputFor assembles a rule's input from the parts it reads, encoding those
// not built yet. replace, if not nil, may put another value in a part's
// place (a piece of a list: splittasks.go).
func (dp *documentParts) inputFor(keys []partKey, replace func(partKey, *ast.Term) *ast.Term) *ast.Term {
	items := append([][2]*ast.Term(nil), dp.scalars...)
	groups := map[string][][2]*ast.Term{}
	for _, g := range groupedParts {
		groups[g] = nil
	}
	for _, k := range keys {
		t := dp.parts[k].get()
		if replace != nil {
			t = replace(k, t)
		}
		if k.sub == "" {
			items = append(items, [2]*ast.Term{ast.StringTerm(k.top), t})
			continue
		}
		groups[k.top] = append(groups[k.top], [2]*ast.Term{ast.StringTerm(k.sub), t})
	}
	for _, g := range groupedParts {
		items = append(items, [2]*ast.Term{ast.StringTerm(g), ast.ObjectTerm(groups[g]...)})
	}
	return ast.ObjectTerm(items...)
}

// valueSize counts the elements of a fact's lists, one level deep: a list
// fact's length, or the summed lengths of a struct fact's list fields.
func valueSize(v reflect.Value) int {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return 0
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
		return v.Len()
	case reflect.Struct:
		n := 0
		for i := range v.NumField() {
			if f := v.Field(i); f.Kind() == reflect.Slice {
				n += f.Len()
			}
		}
		return n
	}
	return 1
}
