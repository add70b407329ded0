package lint

import (
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/types"

	"github.com/gwlint/gwlint/parser"
)

// Rule tests need realistic input: the section tree and the facts Go
// computes. Writing that input by hand would test the rule against what its
// author imagines the parser produces. So tests call gwlint.input(name,
// text), which runs the real parser and fact extraction:
//
//	test_flags_year_mask if {
//		some f in report with input as gwlint.input("t.txt", "自20__年以来……")
//		f.rule == "placeholder/unfilled"
//	}
//
// The file name's extension picks the format (t.md reads Markdown).

var inputBuiltinDecl = &rego.Function{
	Name:        "gwlint.input",
	Description: "Parses a document given as text and returns the rule input gwlint builds for it.",
	Decl:        types.NewFunction(types.Args(types.S, types.S), types.A),
	Memoize:     true,
}

func (e *Engine) inputBuiltin() func(*rego.Rego) {
	return rego.Function2(inputBuiltinDecl, func(_ rego.BuiltinContext, name, text *ast.Term) (*ast.Term, error) {
		n, ok1 := name.Value.(ast.String)
		t, ok2 := text.Value.(ast.String)
		if !ok1 || !ok2 {
			return nil, nil
		}
		doc, err := parser.Parse(string(n), []byte(t), parser.Options{})
		if err != nil {
			return nil, err
		}
		return e.Input(doc), nil
	})
}

// inputBuiltinAST is the declaration the Rego compiler needs to type-check
// calls in test modules.
func inputBuiltinAST() *ast.Builtin {
	return &ast.Builtin{Name: inputBuiltinDecl.Name, Description: inputBuiltinDecl.Description, Decl: inputBuiltinDecl.Decl}
}
