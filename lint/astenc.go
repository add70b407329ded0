package lint

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/gwlint/gwlint/parser"
)

// The rule input is built straight into OPA's ast values from the Go types
// that describe it, following their json tags. This keeps one definition of
// the input (the Go types, documented in docs/input.md) while skipping the
// map[string]any or JSON round trip that OPA would otherwise do on every
// evaluation (measured 2-3x slower; see research/dependencies.md §2).
//
// Encoding rules match encoding/json: exported fields by json tag name,
// "-" skipped, omitempty honoured, embedded structs inlined, nil pointers as
// null. Unlike encoding/json, nil slices become empty arrays, so rules can
// iterate without null checks.

var (
	termOfType sync.Map // reflect.Type → *structPlan
	// termType lets a Go value carry a prebuilt term (for facts built
	// directly as terms).
	termType = reflect.TypeOf((*ast.Term)(nil))
	// spanType is encoded as byte offsets only (see spanTerm).
	spanType = reflect.TypeOf(parser.Span{})
)

type fieldPlan struct {
	index     []int
	key       string
	name      *ast.Term
	omitEmpty bool
}

type structPlan struct{ fields []fieldPlan }

func encodeValue(v reflect.Value) *ast.Term { return encodeUsed(v, fullInput) }

// encodeUsed encodes the parts of v that rules read (see inputuse.go):
// struct fields and map keys that no rule reads are left out.
func encodeUsed(v reflect.Value, u *inputUse) *ast.Term {
	if !v.IsValid() || u == nil {
		return ast.NullTerm()
	}
	if v.Type() == termType {
		if v.IsNil() {
			return ast.NullTerm()
		}
		return v.Interface().(*ast.Term)
	}
	if v.Type() == spanType {
		return spanTerm(v.Interface().(parser.Span))
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ast.NullTerm()
		}
		return encodeUsed(v.Elem(), u)
	case reflect.String:
		return ast.StringTerm(v.String())
	case reflect.Bool:
		return ast.InternedTerm(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return ast.IntNumberTerm(int(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return ast.UIntNumberTerm(v.Uint())
	case reflect.Float32, reflect.Float64:
		return ast.FloatNumberTerm(v.Float())
	case reflect.Slice, reflect.Array:
		terms := make([]*ast.Term, v.Len())
		elem := u.elem()
		for i := range terms {
			terms[i] = encodeUsed(v.Index(i), elem)
		}
		return ast.ArrayTerm(terms...)
	case reflect.Map:
		items := make([][2]*ast.Term, 0, v.Len())
		it := v.MapRange()
		for it.Next() {
			key := fmt.Sprint(it.Key().Interface())
			if u.has(key) {
				items = append(items, [2]*ast.Term{ast.StringTerm(key), encodeUsed(it.Value(), u.child(key))})
			}
		}
		return ast.ObjectTerm(items...)
	case reflect.Struct:
		return encodeStruct(v, u)
	}
	return ast.NullTerm()
}

func encodeStruct(v reflect.Value, u *inputUse) *ast.Term {
	plan := planFor(v.Type())
	items := make([][2]*ast.Term, 0, len(plan.fields))
	for _, f := range plan.fields {
		if !u.has(f.key) {
			continue
		}
		fv, ok := fieldByIndex(v, f.index)
		if !ok {
			continue // field of a nil embedded pointer
		}
		if f.omitEmpty && fv.IsZero() {
			continue
		}
		items = append(items, [2]*ast.Term{f.name, encodeUsed(fv, u.child(f.key))})
	}
	return ast.ObjectTerm(items...)
}

func fieldByIndex(v reflect.Value, index []int) (reflect.Value, bool) {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, true
}

func planFor(t reflect.Type) *structPlan {
	if p, ok := termOfType.Load(t); ok {
		return p.(*structPlan)
	}
	p := &structPlan{}
	collectFields(t, nil, p)
	termOfType.Store(t, p)
	return p
}

func collectFields(t reflect.Type, prefix []int, p *structPlan) {
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		index := append(append([]int(nil), prefix...), i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if sf.Anonymous && name == "" {
			et := sf.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct {
				collectFields(et, index, p)
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		p.fields = append(p.fields, fieldPlan{index: index, key: name, name: ast.StringTerm(name), omitEmpty: strings.Contains(opts, "omitempty")})
	}
}
