package lint

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/gwlint/gwlint/internal/testenv"
	gwparser "github.com/gwlint/gwlint/parser"
)

var updateDocs = flagBool("update-input-docs", false, "rewrite docs/input.schema.json and the field tables of docs/input.md")

const (
	fieldsStart = "<!-- fields:start (generated from the Go types; go test ./lint -run TestInputDocs -update-input-docs) -->"
	fieldsEnd   = "<!-- fields:end -->"
)

// TestInputDocs keeps docs/input.schema.json and the field tables of
// docs/input.md in step with the Go types that define the rule input.
func TestInputDocs(t *testing.T) {
	root := testenv.RepoRoot(t)
	comments := fieldComments(t, root, "parser", "lint", "facts", "facts/numbers", "facts/punct", "facts/scriptmix", "facts/artifact", "facts/headings")
	describe := func(tp reflect.Type, field string) string { return comments[tp.PkgPath()+"."+tp.Name()+"."+field] }
	schema := InputSchema(describe)
	b, err := json.MarshalIndent(schema, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	schemaPath := filepath.Join(root, "docs", "input.schema.json")
	docPath := filepath.Join(root, "docs", "input.md")
	doc, err := os.ReadFile(docPath)
	if err != nil {
		t.Fatal(err)
	}
	i, j := bytes.Index(doc, []byte(fieldsStart)), bytes.Index(doc, []byte(fieldsEnd))
	if i < 0 || j < i {
		t.Fatal("docs/input.md lacks the field markers")
	}
	newDoc := string(doc[:i+len(fieldsStart)]) + "\n" + fieldTables(schema) + string(doc[j:])
	if *updateDocs {
		if err := os.WriteFile(schemaPath, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(docPath, []byte(newDoc), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got, _ := os.ReadFile(schemaPath); !bytes.Equal(got, b) {
		t.Error("docs/input.schema.json is out of date: go test ./lint -run TestInputDocs -update-input-docs")
	}
	if newDoc != string(doc) {
		t.Error("docs/input.md field tables are out of date: go test ./lint -run TestInputDocs -update-input-docs")
	}
}

// TestInputMatchesSchema checks the real input of the team's documents (and
// of the reference documents when present) against the committed schema.
func TestInputMatchesSchema(t *testing.T) {
	root := testenv.RepoRoot(t)
	c := jsonschema.NewCompiler()
	sch, err := c.Compile(filepath.Join(root, "docs", "input.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(root, "testdata", "clean", "*.txt"))
	samples, _ := filepath.Glob(filepath.Join(root, "testdata", "samples", "*"))
	files = append(files, samples...)
	if seeds, _ := filepath.Glob(filepath.Join(root, "..", "shared", "seeds", "*.txt")); len(seeds) > 0 {
		files = append(files, seeds...)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := gwparser.Parse(f, data, gwparser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		js, err := e.InputJSON(doc)
		if err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: input does not match docs/input.schema.json: %v", filepath.Base(f), err)
		}
	}
}

// fieldComments reads the doc comments of struct fields in the given
// package directories, keyed "importpath.Type.Field".
func fieldComments(t *testing.T, root string, dirs ...string) map[string]string {
	out := map[string]string{}
	for _, dir := range dirs {
		fset := token.NewFileSet()
		names, err := filepath.Glob(filepath.Join(root, dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		var files []*ast.File
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
		importPath := "github.com/gwlint/gwlint/" + dir
		for _, file := range files {
			ast.Inspect(file, func(n ast.Node) bool {
				ts, ok := n.(*ast.TypeSpec)
				if !ok {
					return true
				}
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					return true
				}
				for _, f := range st.Fields.List {
					text := f.Doc.Text()
					if text == "" {
						text = f.Comment.Text()
					}
					text = strings.Join(strings.Fields(text), " ")
					for _, name := range f.Names {
						out[importPath+"."+ts.Name.Name+"."+name.Name] = text
					}
				}
				return true
			})
		}
	}
	return out
}

// fieldTables renders one Markdown table per object type of the schema.
func fieldTables(schema map[string]any) string {
	defs := schema["$defs"].(map[string]any)
	names := make([]string, 0, len(defs))
	for n := range defs {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if (names[i] == "Input") != (names[j] == "Input") {
			return names[i] == "Input"
		}
		return names[i] < names[j]
	})
	var b strings.Builder
	for _, n := range names {
		def := defs[n].(map[string]any)
		props, _ := def["properties"].(map[string]any)
		fmt.Fprintf(&b, "\n### %s\n\n| field | type | meaning |\n|---|---|---|\n", n)
		keys := make([]string, 0, len(props))
		for k := range props {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p := props[k].(map[string]any)
			desc, _ := p["description"].(string)
			if k == "facts" && n == "Input" {
				desc = "Facts computed in Go, one entry per extractor: " + strings.Join(sortedStrings(p["properties"].(map[string]any)), ", ") + "."
			}
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", k, typeName(p), strings.ReplaceAll(desc, "|", "\\|"))
		}
	}
	return b.String()
}

func typeName(s map[string]any) string {
	if r, ok := s["$ref"].(string); ok {
		return strings.TrimPrefix(r, "#/$defs/")
	}
	if all, ok := s["allOf"].([]any); ok && len(all) == 1 {
		return typeName(all[0].(map[string]any))
	}
	if alts, ok := s["anyOf"].([]any); ok && len(alts) == 2 {
		return typeName(alts[0].(map[string]any)) + " or null"
	}
	switch s["type"] {
	case "array":
		return typeName(s["items"].(map[string]any)) + "[]"
	case "object":
		if ap, ok := s["additionalProperties"].(map[string]any); ok {
			return "object of " + typeName(ap)
		}
		return "object"
	case nil:
		return "any"
	}
	return fmt.Sprint(s["type"])
}
