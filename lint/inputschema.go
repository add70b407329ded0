package lint

import (
	"reflect"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/parser/source"
)

// InputSchema returns a JSON Schema (draft 2020-12) of the rule input,
// derived from the Go types that define it, so the schema cannot drift from
// what rules receive. Facts are typed by running each registered extractor
// on an empty document and reflecting on what it returns. Field
// descriptions come from describe (Go doc comments, see docs/input.md), and
// may be nil.
func InputSchema(describe func(t reflect.Type, field string) string) map[string]any {
	g := &schemaGen{defs: map[string]any{}, describe: describe}
	root := g.schemaOf(reflect.TypeOf(ruleInput{}))
	// Facts are a map[string]any in Go; give each extractor its own type.
	props := map[string]any{}
	empty := parser.Build(&source.Source{}, "txt")
	env := &facts.Env{Data: map[string]any{}, Simplified: func(p *parser.Paragraph) string { return p.Text }}
	for _, name := range facts.Names() {
		v := facts.Extract(empty, env, nil)[name]
		if v == nil {
			props[name] = map[string]any{}
			continue
		}
		props[name] = g.schemaOf(reflect.TypeOf(v))
	}
	g.defs["Input"].(map[string]any)["properties"].(map[string]any)["facts"] = map[string]any{
		"type": "object", "properties": props, "required": sortedStrings(props), "additionalProperties": false,
		"description": "Facts computed in Go by the extractors of package facts, by name.",
	}
	out := map[string]any{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"$id":     "https://github.com/gwlint/gwlint/blob/main/docs/input.schema.json",
		"title":   "gwlint rule input",
		"$defs":   g.defs,
	}
	for k, v := range root {
		out[k] = v
	}
	return out
}

type schemaGen struct {
	defs     map[string]any
	describe func(t reflect.Type, field string) string
}

var termTypeForSchema = reflect.TypeOf((*ast.Term)(nil))

func (g *schemaGen) schemaOf(t reflect.Type) map[string]any {
	if t == termTypeForSchema {
		return map[string]any{}
	}
	switch t.Kind() {
	case reflect.Pointer:
		inner := g.schemaOf(t.Elem())
		if t.Elem().Kind() == reflect.Struct {
			return map[string]any{"anyOf": []any{inner, map[string]any{"type": "null"}}}
		}
		return inner
	case reflect.Interface:
		return map[string]any{}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.Slice, reflect.Array:
		// Elements of []*T are never nil in the input.
		elem := t.Elem()
		if elem.Kind() == reflect.Pointer && elem.Elem().Kind() == reflect.Struct {
			elem = elem.Elem()
		}
		return map[string]any{"type": "array", "items": g.schemaOf(elem)}
	case reflect.Map:
		return map[string]any{"type": "object", "additionalProperties": g.schemaOf(t.Elem())}
	case reflect.Struct:
		return g.structRef(t)
	}
	return map[string]any{}
}

// structRef records a struct type under $defs and refers to it.
func (g *schemaGen) structRef(t reflect.Type) map[string]any {
	name := defName(t)
	ref := map[string]any{"$ref": "#/$defs/" + name}
	if _, done := g.defs[name]; done {
		return ref
	}
	obj := map[string]any{"type": "object", "additionalProperties": false}
	g.defs[name] = obj // placeholder first: types may refer to themselves
	if t == spanType {
		// Encoded as byte offsets, not as the Go struct (see spanTerm).
		offset := func(d string) map[string]any {
			return map[string]any{"type": "integer", "minimum": 0, "description": d}
		}
		obj["description"] = "A half-open byte range of the document text."
		obj["properties"] = map[string]any{
			"start": offset("Byte offset of the first byte."),
			"end":   offset("Byte offset just past the last byte."),
		}
		obj["required"] = []string{"end", "start"}
		return ref
	}
	props := map[string]any{}
	var required []string
	plan := planFor(t)
	for _, f := range plan.fields {
		sf := t.FieldByIndex(f.index)
		key := string(f.name.Value.(ast.String))
		s := g.schemaOf(sf.Type)
		if g.describe != nil {
			if d := g.describe(ownerOf(t, f.index), sf.Name); d != "" {
				s = withDescription(s, d)
			}
		}
		props[key] = s
		if !f.omitEmpty {
			required = append(required, key)
		}
	}
	sort.Strings(required)
	obj["properties"] = props
	obj["required"] = required
	return ref
}

// ownerOf returns the struct type that declares the field at index (an
// embedded struct's fields are declared by that struct).
func ownerOf(t reflect.Type, index []int) reflect.Type {
	for _, i := range index[:len(index)-1] {
		t = t.Field(i).Type
		if t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
	}
	return t
}

func withDescription(s map[string]any, d string) map[string]any {
	if _, isRef := s["$ref"]; isRef {
		return map[string]any{"allOf": []any{s}, "description": d}
	}
	out := map[string]any{"description": d}
	for k, v := range s {
		out[k] = v
	}
	return out
}

func defName(t reflect.Type) string {
	if t == reflect.TypeOf(ruleInput{}) {
		return "Input"
	}
	name := t.Name()
	if name == "" {
		name = "Anonymous"
	}
	pkg := t.PkgPath()[strings.LastIndex(t.PkgPath(), "/")+1:]
	if pkg == "parser" || pkg == "lint" {
		return name
	}
	return pkg + "." + name
}

func sortedStrings(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
