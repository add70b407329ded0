package parser

import (
	"strings"

	"github.com/gwlint/gwlint/parser/source"

	"github.com/gwlint/gwlint/parser/charset"
)

// Build turns a reader's Source into a Document: page markers, preamble and
// title, paragraphs (hard-wrapped lines joined), sentences, headings with
// their levels, the section tree and run-in enumerations. format is
// recorded in the Document; the Source's block kinds say what the markup
// declared. Build never fails: any text makes some tree.
func Build(src *source.Source, format string) *Document {
	return build(src, format, false, true)
}

// build is Build for a source whose text is known to be valid UTF-8 when
// validText is set, with sentences only when asked for.
func build(src *source.Source, format string, validText, sentences bool) *Document {
	doc := &Document{
		Format:       format,
		Text:         src.Text,
		Lines:        newLineIndex(src.Text, validText || charset.ValidUTF8(src.Text)),
		Kind:         KindOther,
		Paragraphs:   []*Paragraph{},
		Headings:     []*Heading{},
		Sections:     []*Section{},
		Enumerations: []*Enumeration{},
	}
	doc.Comments = makeComments(src, doc.Lines)
	units := newUnits(src)
	findPageMarkers(units, src.Text)
	units, _, _ = markTitle(units, src.Text)
	doc.PageMarkers = pageMarkerSpans(units, doc.Lines)

	groups := groupParagraphs(units)
	for _, g := range groups {
		doc.Paragraphs = append(doc.Paragraphs, makeParagraph(doc, len(doc.Paragraphs), g))
	}
	for _, p := range doc.Paragraphs {
		if sentences {
			p.Sentences = splitSentences(doc, p)
		}
		if p.Role == RoleTitle && doc.Title == nil {
			doc.Title = &Title{Text: p.Text, Span: p.Span, Paragraph: p.Index}
			doc.Kind = kindOf(p.Text)
		}
	}
	blocks := make([]blockInfo, len(groups))
	for i, g := range groups {
		blocks[i] = blockInfo{kind: g[0].kind, level: g[0].level, autoLabel: g[0].autoLabel}
	}
	scans := newParagraphScans(len(doc.Paragraphs))
	findHeadings(doc, blocks, scans)
	buildSections(doc)
	doc.Enumerations = findEnumerations(doc, scans)
	return doc
}

// blockInfo is what the markup said about a paragraph's first block.
type blockInfo struct {
	kind      source.BlockKind
	level     int
	autoLabel int
}

// makeParagraph builds a paragraph from a group of units: the text of
// their segments with joined line breaks dropped, the map back to the
// source, and the breaks themselves.
func makeParagraph(doc *Document, index int, g []*unit) *Paragraph {
	p := &Paragraph{Index: index, Role: roleOf(g[0]), Heading: -1, Section: -1}
	for i, u := range g {
		if i > 0 {
			if br, ok := lineBreakAfter(doc.Text, g[i-1].end()); ok {
				p.Breaks = append(p.Breaks, doc.Lines.Span(br[0], br[1]))
			}
		}
		for _, s := range u.segs {
			p.Map.Add(len(s.Text), s.Start, s.End, s.Verbatim(doc.Text))
		}
	}
	p.Text = paragraphText(g)
	p.Span = doc.Lines.Span(g[0].start(), g[len(g)-1].end())
	p.Line = p.Span.Start.Line
	return p
}

// paragraphText joins the texts of a group's units. A paragraph of one
// unit, nearly every paragraph, shares the unit's text instead of copying
// it.
func paragraphText(g []*unit) string {
	if len(g) == 1 {
		return g[0].text
	}
	var text strings.Builder
	for _, u := range g {
		text.WriteString(u.text)
	}
	return text.String()
}

// roleOf gives a paragraph its role before headings are known.
func roleOf(u *unit) Role {
	switch {
	case u.role != "":
		return u.role
	case u.kind == source.TableCell:
		return RoleTableCell
	case u.kind == source.ListItem:
		return RoleListItem
	}
	return RoleBody
}

// lineBreakAfter finds the line break (\n or \r\n) that ends the line
// holding offset off.
func lineBreakAfter(text string, off int) ([2]int, bool) {
	if off < 0 || off > len(text) {
		return [2]int{}, false
	}
	i := strings.IndexByte(text[off:], '\n')
	if i < 0 {
		return [2]int{}, false
	}
	end := off + i + 1
	start := end - 1
	if start > 0 && text[start-1] == '\r' {
		start--
	}
	return [2]int{start, end}, true
}

// makeComments positions the reader's comments.
func makeComments(src *source.Source, lines *LineIndex) []Comment {
	comments := []Comment{}
	for _, c := range src.Comments {
		cm := Comment{Text: c.Text, Span: lines.Span(c.Start, c.End)}
		if c.AnchorStart >= 0 && c.AnchorEnd >= c.AnchorStart {
			a := lines.Span(c.AnchorStart, c.AnchorEnd)
			cm.Anchor = &a
		}
		comments = append(comments, cm)
	}
	return comments
}
