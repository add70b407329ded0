package lint

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/gwlint/gwlint/parser"
)

// TestDocEncoderMatchesReflection checks the hand-written encoder of the
// rule input against the reflective one, which follows the json tags of
// the parser's types: a field added to a parser type but not to
// inputenc.go makes the two differ.
func TestDocEncoderMatchesReflection(t *testing.T) {
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	docs := parseTestDocuments(t, "testdata/samples/*", "testdata/formats/*", "testdata/parser/*.txt", "testdata/parser/*.md", "testdata/clean/*.txt")
	for _, doc := range docs {
		file := doc.Path
		in := e.buildInput(doc)
		want := toTerm(in)
		got := encodeRuleInput(in)
		if !got.Equal(want) {
			t.Errorf("%s: hand-written input differs from the reflective encoding", filepath.Base(file))
		}
		if !e.Input(doc).Equal(want) {
			t.Errorf("%s: Input (facts built concurrently) differs from the reflective encoding", filepath.Base(file))
		}
	}
}

// TestDocEncoderEdgeCases covers the fields the test documents may lack:
// no title, a comment with an anchor, a paragraph with breaks.
func TestDocEncoderEdgeCases(t *testing.T) {
	span := parser.Span{Start: parser.Position{Offset: 3, Line: 1, Column: 2, RuneColumn: 2}, End: parser.Position{Offset: 9, Line: 1, Column: 4, RuneColumn: 4}}
	ws := true
	in := &ruleInput{
		Document: &parser.Document{
			Path:       "x.md",
			Paragraphs: []*parser.Paragraph{{Text: "一二", Span: span, Breaks: []parser.Span{span}}, {Text: "三", Breaks: []parser.Span{}}},
			Comments:   []parser.Comment{{Text: "c", Span: span, Anchor: &span}, {Text: "d"}},
		},
		Matches: map[string][]matchFact{"a": {{Entry: 1, Text: "t", WordStart: &ws}}, "b": nil},
		Facts:   map[string]any{"n": []int{1, 2}},
	}
	if got, want := encodeRuleInput(in), toTerm(in); !got.Equal(want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

// encodeRuleInput encodes a rule input with the hand-written encoder.
func encodeRuleInput(in *ruleInput) *ast.Term {
	return newDocEncoder(in.Document, fullInput).input(in.Document, in.Matches, func() *ast.Term {
		return encodeValue(reflect.ValueOf(in.Facts))
	})
}
