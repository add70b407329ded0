package parser

import (
	"fmt"
	"io"
	"strings"
)

// treeTextRunes is how much of a paragraph WriteTree shows.
const treeTextRunes = 36

// WriteTree writes a human-readable outline of the document for
// `gwlint parse --format tree`: a header (title, kind, counts), then one
// line per paragraph indented by its section level, headings tagged with
// level, family and ordinal, then the page markers and enumerations. Each
// line starts with the line:column where the node begins.
func WriteTree(w io.Writer, doc *Document) error {
	tw := &treeWriter{w: w}
	tw.header(doc)
	tw.paragraphs(doc)
	tw.pageMarkers(doc)
	tw.enumerations(doc)
	return tw.err
}

// treeWriter remembers the first write error so the outline code can
// write without checking each line.
type treeWriter struct {
	w   io.Writer
	err error
}

func (tw *treeWriter) printf(format string, args ...any) {
	if tw.err == nil {
		_, tw.err = fmt.Fprintf(tw.w, format, args...)
	}
}

func (tw *treeWriter) header(doc *Document) {
	if doc.Path != "" {
		tw.printf("file: %s\n", doc.Path)
	}
	tw.printf("format: %s  encoding: %s\n", orDash(doc.Format), orDash(doc.Encoding))
	if doc.Title != nil {
		tw.printf("title: %s  [%s]\n", doc.Title.Text, spanText(doc.Title.Span))
	} else {
		tw.printf("title: (none)\n")
	}
	sentences := 0
	for _, p := range doc.Paragraphs {
		sentences += len(p.Sentences)
	}
	tw.printf("kind: %s\n", doc.Kind)
	tw.printf("paragraphs: %d  headings: %d  sentences: %d  enumerations: %d  page markers: %d\n\n",
		len(doc.Paragraphs), len(doc.Headings), sentences, len(doc.Enumerations), len(doc.PageMarkers))
}

func (tw *treeWriter) paragraphs(doc *Document) {
	for _, p := range doc.Paragraphs {
		depth := 0
		if p.Section >= 0 {
			depth = doc.Sections[p.Section].Level
		}
		pos := fmt.Sprintf("%d:%d", p.Span.Start.Line, p.Span.Start.Column)
		if p.Role == RoleHeading {
			h := doc.Headings[p.Heading]
			tw.printf("%-8s %s%s %s\n", pos, strings.Repeat("  ", depth-1), headingTag(h), shorten(p.Text))
			continue
		}
		extra := ""
		if n := len(p.Breaks); n > 0 {
			extra = fmt.Sprintf("  (%d joined)", n)
		}
		tw.printf("%-8s %s¶ %s %s%s\n", pos, strings.Repeat("  ", depth), p.Role, shorten(p.Text), extra)
	}
}

// headingTag describes a heading: H2 cn-paren 3, H2 unnumbered, and flags.
func headingTag(h *Heading) string {
	var b strings.Builder
	fmt.Fprintf(&b, "H%d", h.Level)
	switch {
	case h.Unnumbered:
		b.WriteString(" unnumbered")
	case h.MissingNumeral:
		fmt.Fprintf(&b, " %s missing-numeral", h.Family)
	default:
		fmt.Fprintf(&b, " %s %d", h.Family, h.Ordinal)
	}
	if h.FromMarkup {
		b.WriteString(" markup")
	}
	if h.Auto {
		b.WriteString(" auto")
	}
	b.WriteString(":")
	return b.String()
}

func (tw *treeWriter) pageMarkers(doc *Document) {
	if len(doc.PageMarkers) == 0 {
		return
	}
	tw.printf("\npage markers:\n")
	for _, s := range doc.PageMarkers {
		tw.printf("  %-8s %q\n", fmt.Sprintf("%d:%d", s.Start.Line, s.Start.Column), doc.Text[s.Start.Offset:s.End.Offset])
	}
}

func (tw *treeWriter) enumerations(doc *Document) {
	if len(doc.Enumerations) == 0 {
		return
	}
	tw.printf("\nenumerations:\n")
	for _, e := range doc.Enumerations {
		tw.printf("  #%d %s, %d items\n", e.Index, e.Style, len(e.Items))
		for _, it := range e.Items {
			flags := ""
			if it.Style != e.Style {
				flags += " style=" + it.Style
			}
			if it.Broken {
				flags += " broken"
			}
			tw.printf("    %-8s %s (%d)%s %s\n", fmt.Sprintf("%d:%d", it.Span.Start.Line, it.Span.Start.Column),
				it.Marker, it.Ordinal, flags, shorten(it.Text))
		}
	}
}

// shorten cuts text to treeTextRunes characters.
func shorten(s string) string {
	if runeCount(s) <= treeTextRunes {
		return s
	}
	r := []rune(s)
	return string(r[:treeTextRunes]) + "…"
}

func spanText(s Span) string {
	return fmt.Sprintf("%d:%d-%d:%d", s.Start.Line, s.Start.Column, s.End.Line, s.End.Column)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
