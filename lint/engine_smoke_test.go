package lint

import (
	"context"
	"testing"

	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/parser/source"
)

func TestSmoke(t *testing.T) {
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	text := "XX县总工会工作总结\n自20__年以来，共支出元整。开展“”活动。\n"
	doc := smokeDoc(text)
	fs, err := e.Lint(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		t.Logf("%+v", f)
	}
}

func smokeDoc(text string) *parser.Document {
	doc := &parser.Document{Path: "x.txt", Text: text, Lines: parser.NewLineIndex(text), Kind: "工作总结"}
	start := 0
	for i, line := range []string{"XX县总工会工作总结", "自20__年以来，共支出元整。开展“”活动。"} {
		p := &parser.Paragraph{Index: i, Text: line, Section: -1, Heading: -1}
		p.Map.Add(len(line), start, start+len(line), true)
		p.Span = doc.Lines.Span(start, start+len(line))
		doc.Paragraphs = append(doc.Paragraphs, p)
		start += len(line) + 1
	}
	_ = source.Line
	return doc
}
