package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// parseFile parses the document at path, named by its base name as the
// command line would, and checks the tree invariants.
func parseFile(t testing.TB, path string) *Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(filepath.Base(path), data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	return doc
}

// buildText builds the tree of a plain-text document and checks the
// invariants of the reader's Source and of the tree.
func buildText(t testing.TB, text string) *Document {
	t.Helper()
	src := readText(text)
	if err := src.Validate(); err != nil {
		t.Fatalf("plain-text reader: %v", err)
	}
	doc := Build(src, "txt")
	checkInvariants(t, doc)
	return doc
}

// checkInvariants asserts what every tree must satisfy, whatever the
// input: spans within the text and ordered, paragraph text equal to the
// source it maps to, nodes pointing at existing nodes.
func checkInvariants(t testing.TB, doc *Document) {
	t.Helper()
	n := len(doc.Text)
	span := func(what string, s Span) {
		t.Helper()
		if s.Start.Offset < 0 || s.End.Offset > n || s.Start.Offset > s.End.Offset {
			t.Fatalf("%s span [%d,%d) out of bounds or reversed (text %d bytes)", what, s.Start.Offset, s.End.Offset, n)
		}
		if s.Start.Line < 1 || s.Start.Column < 1 || s.Start.RuneColumn < 1 || s.Start.Column < s.Start.RuneColumn {
			t.Fatalf("%s span start %+v has impossible line/columns", what, s.Start)
		}
	}
	prevEnd := 0
	for i, p := range doc.Paragraphs {
		span("paragraph", p.Span)
		if p.Index != i {
			t.Fatalf("paragraph %d has Index %d", i, p.Index)
		}
		if p.Span.Start.Offset < prevEnd {
			t.Fatalf("paragraph %d starts at %d before the previous one ends at %d", i, p.Span.Start.Offset, prevEnd)
		}
		prevEnd = p.Span.End.Offset
		if !utf8.ValidString(p.Text) {
			t.Fatalf("paragraph %d text is not valid UTF-8", i)
		}
		if p.Map.Len() != len(p.Text) {
			t.Fatalf("paragraph %d: map covers %d bytes, text has %d", i, p.Map.Len(), len(p.Text))
		}
		if got := mappedSource(doc, p); got != p.Text {
			t.Fatalf("paragraph %d text %q does not match its source %q", i, p.Text, got)
		}
		for _, b := range p.Breaks {
			span("break", b)
			if br := doc.Text[b.Start.Offset:b.End.Offset]; strings.Trim(br, "\r\n") != "" {
				t.Fatalf("paragraph %d: break %q is not a line break", i, br)
			}
		}
		prevSentence := p.Span.Start.Offset
		for _, s := range p.Sentences {
			span("sentence", s.Span)
			if s.Span.Start.Offset < prevSentence || s.Span.End.Offset > p.Span.End.Offset {
				t.Fatalf("paragraph %d: sentence %q out of order or outside its paragraph", i, s.Text)
			}
			prevSentence = s.Span.End.Offset
			if !strings.Contains(p.Text, s.Text) {
				t.Fatalf("paragraph %d: sentence %q not in its text", i, s.Text)
			}
		}
		if p.Role == RoleHeading && (p.Heading < 0 || p.Heading >= len(doc.Headings) || doc.Headings[p.Heading].Paragraph != i) {
			t.Fatalf("paragraph %d: heading link %d broken", i, p.Heading)
		}
		if p.Section < -1 || p.Section >= len(doc.Sections) {
			t.Fatalf("paragraph %d: section %d out of range", i, p.Section)
		}
	}
	for i, h := range doc.Headings {
		span("heading", h.Span)
		span("marker", h.MarkerSpan)
		if h.Index != i || h.Paragraph < 0 || h.Paragraph >= len(doc.Paragraphs) {
			t.Fatalf("heading %d has bad index or paragraph", i)
		}
		if h.Level < 1 || (h.Parent >= 0 && (h.Parent >= i || doc.Headings[h.Parent].Level != h.Level-1)) {
			t.Fatalf("heading %d: level %d inconsistent with parent %d", i, h.Level, h.Parent)
		}
		if h.Parent < 0 && h.Level != 1 {
			t.Fatalf("heading %d: level %d without parent", i, h.Level)
		}
	}
	for _, e := range doc.Enumerations {
		span("enumeration", e.Span)
		for _, it := range e.Items {
			span("enumeration item", it.Span)
			span("enumeration item text", it.TextSpan)
			// A marker may straddle a joined break (一\n14、是 in 004), so
			// only its ends must match.
			got := doc.Text[it.Span.Start.Offset:it.Span.End.Offset]
			if firstRune(got) != firstRune(it.Marker) || lastRune(got) != lastRune(it.Marker) {
				t.Fatalf("enumeration marker %q maps to %q", it.Marker, got)
			}
		}
	}
	for _, m := range doc.PageMarkers {
		span("page marker", m)
	}
	if doc.Title != nil {
		span("title", doc.Title.Span)
	}
}

// mappedSource rebuilds a paragraph's text from the source through its
// map: verbatim pieces from the source bytes they cover, others (entities,
// generated labels) from the text.
func mappedSource(doc *Document, p *Paragraph) string {
	var b strings.Builder
	for _, pc := range p.Map.pieces {
		if pc.verbatim {
			b.WriteString(doc.Text[pc.srcStart:pc.srcEnd])
		} else {
			b.WriteString(p.Text[pc.textStart : pc.textStart+pc.textLen])
		}
	}
	return b.String()
}

// headingTexts lists marker+text of the headings, for compact assertions.
func headingTexts(doc *Document) []string {
	out := make([]string, len(doc.Headings))
	for i, h := range doc.Headings {
		out[i] = h.Marker + h.Text
	}
	return out
}
