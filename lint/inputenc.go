package lint

import (
	"maps"
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/gwlint/gwlint/parser"
)

// The section tree is most of the rule input: on a 10 MB file, millions of
// spans and positions. Encoding it by reflection (astenc.go) cost ~330 ms
// per MB and most of the memory of a run, so the parser's types are
// encoded here by hand, and identical spans are built once
// per document and shared: a paragraph's last sentence ends where the
// paragraph does, a heading's span is its paragraph's. Terms are immutable
// during evaluation, so sharing one term in several places is safe.
//
// The result must stay identical to the reflective encoding of the same
// value (same keys, omitempty and nil handling); TestDocEncoderMatchesReflection
// checks this, and fails when a field is added to a parser type without
// being added here.

// Object keys are shared by every document.
var (
	keyLine                                    = ast.StringTerm("line")
	keyStart, keyEnd                           = ast.StringTerm("start"), ast.StringTerm("end")
	keyText, keySpan, keyIndex, keyParagraph   = ast.StringTerm("text"), ast.StringTerm("span"), ast.StringTerm("index"), ast.StringTerm("paragraph")
	keyRole, keyBreaks, keyHeading, keySection = ast.StringTerm("role"), ast.StringTerm("breaks"), ast.StringTerm("heading"), ast.StringTerm("section")
	keySentences, keyLevel, keyFamily          = ast.StringTerm("sentences"), ast.StringTerm("level"), ast.StringTerm("family")
	keyOrdinal, keyMarker, keyMarkerSpan       = ast.StringTerm("ordinal"), ast.StringTerm("marker"), ast.StringTerm("marker_span")
	keyMissingNumeral, keyUnnumbered, keyAuto  = ast.StringTerm("missing_numeral"), ast.StringTerm("unnumbered"), ast.StringTerm("auto")
	keyFromMarkup, keyParent                   = ast.StringTerm("from_markup"), ast.StringTerm("parent")
	keyPath, keyChildren, keyParagraphs        = ast.StringTerm("path"), ast.StringTerm("children"), ast.StringTerm("paragraphs")
	keyStyle, keyItems, keyBroken, keyTextSpan = ast.StringTerm("style"), ast.StringTerm("items"), ast.StringTerm("broken"), ast.StringTerm("text_span")
	keyAnchor, keyFormat, keyEncoding, keyKind = ast.StringTerm("anchor"), ast.StringTerm("format"), ast.StringTerm("encoding"), ast.StringTerm("kind")
	keyMatches, keyFacts, keyEntry             = ast.StringTerm("matches"), ast.StringTerm("facts"), ast.StringTerm("entry")
	keyBefore, keyAfter                        = ast.StringTerm("before"), ast.StringTerm("after")
	keyWordStart, keyWordEnd                   = ast.StringTerm("word_start"), ast.StringTerm("word_end")
)

// docEncoder encodes one document's rule input. It is not shared between
// documents: its caches hold that document's spans.
type docEncoder struct {
	// spans is keyed by the byte offsets alone, the span's whole input
	// form: a quarter of the size of a parser.Span key.
	spans map[[2]int]*ast.Term
	// use is the part of the input to build (inputuse.go); uses has its
	// part for each kind of node.
	use  *inputUse
	uses nodeUses
}

// nodeUses are the fields read of each kind of tree node.
type nodeUses struct {
	title, paragraph, sentence, heading, section, enumeration, item, comment *inputUse
}

func newDocEncoder(doc *parser.Document, use *inputUse) *docEncoder {
	paragraph, enumeration := use.child("paragraphs").elem(), use.child("enumerations").elem()
	return &docEncoder{
		spans: make(map[[2]int]*ast.Term, len(doc.Paragraphs)+len(doc.Headings)),
		use:   use,
		uses: nodeUses{
			title:       use.child("title"),
			paragraph:   paragraph,
			sentence:    paragraph.child("sentences").elem(),
			heading:     use.child("headings").elem(),
			section:     use.child("sections").elem(),
			enumeration: enumeration,
			item:        enumeration.child("items").elem(),
			comment:     use.child("comments").elem(),
		},
	}
}

// input encodes the whole rule input, in the field order of ruleInput.
// facts is called last, so that the facts can be computed concurrently with
// the encoding of the section tree and the matches.
func (d *docEncoder) input(doc *parser.Document, matches map[string][]matchFact, facts func() *ast.Term) *ast.Term {
	items := d.documentItems(doc)
	items = append(items,
		[2]*ast.Term{keyMatches, d.matches(matches)},
		[2]*ast.Term{keyFacts, facts()},
	)
	return ast.ObjectTerm(items...)
}

// documentItems encodes the section tree. Scalars are always built (they
// cost nothing); a list or object no rule reads is left out.
func (d *docEncoder) documentItems(doc *parser.Document) [][2]*ast.Term {
	items := make([][2]*ast.Term, 0, 4+len(treeLists))
	items = append(items, scalarItems(doc)...)
	for _, l := range treeLists {
		if d.use.has(l.name) {
			items = append(items, [2]*ast.Term{ast.StringTerm(l.name), l.build(d, doc)})
		}
	}
	return items
}

// scalarItems are the document's scalar fields.
func scalarItems(doc *parser.Document) [][2]*ast.Term {
	return [][2]*ast.Term{
		{keyPath, ast.StringTerm(doc.Path)},
		{keyFormat, ast.StringTerm(doc.Format)},
		{keyEncoding, ast.StringTerm(doc.Encoding)},
		{keyKind, ast.StringTerm(doc.Kind)},
	}
}

// treeLists are the lists and objects of the section tree, in the field
// order of parser.Document, with how each is encoded and how many elements
// it has (for the order of rules on a long document, parallel.go).
var treeLists = []struct {
	name  string
	build func(d *docEncoder, doc *parser.Document) *ast.Term
	size  func(doc *parser.Document) int
}{
	{"title", func(d *docEncoder, doc *parser.Document) *ast.Term { return d.title(doc.Title) },
		func(*parser.Document) int { return 1 }},
	{"paragraphs", func(d *docEncoder, doc *parser.Document) *ast.Term { return encodeSlice(doc.Paragraphs, d.paragraph) },
		func(doc *parser.Document) int { return len(doc.Paragraphs) }},
	{"headings", func(d *docEncoder, doc *parser.Document) *ast.Term { return encodeSlice(doc.Headings, d.heading) },
		func(doc *parser.Document) int { return len(doc.Headings) }},
	{"sections", func(d *docEncoder, doc *parser.Document) *ast.Term { return encodeSlice(doc.Sections, d.section) },
		func(doc *parser.Document) int { return len(doc.Sections) }},
	{"enumerations", func(d *docEncoder, doc *parser.Document) *ast.Term {
		return encodeSlice(doc.Enumerations, d.enumeration)
	},
		func(doc *parser.Document) int { return len(doc.Enumerations) }},
	{"comments", func(d *docEncoder, doc *parser.Document) *ast.Term { return encodeSlice(doc.Comments, d.comment) },
		func(doc *parser.Document) int { return len(doc.Comments) }},
	{"page_markers", func(d *docEncoder, doc *parser.Document) *ast.Term { return encodeSlice(doc.PageMarkers, d.span) },
		func(doc *parser.Document) int { return len(doc.PageMarkers) }},
}

// encodeSlice encodes a slice as an array; nil becomes an empty array, as
// in the reflective encoder.
func encodeSlice[T any](list []T, enc func(T) *ast.Term) *ast.Term {
	terms := make([]*ast.Term, len(list))
	for i, v := range list {
		terms[i] = enc(v)
	}
	return ast.ArrayTerm(terms...)
}

// intTerm and boolTerm return OPA's shared terms for small integers and
// booleans (allocating only for larger integers).
func intTerm(i int) *ast.Term { return ast.IntNumberTerm(i) }

func boolTerm(b bool) *ast.Term { return ast.InternedTerm(b) }

// span encodes a tree span as its byte offsets, {"start": s, "end": e},
// the form matches and facts use too. Rules never need a line or column (the
// engine computes them for findings), and a position object per span end
// was a third of the input: ~40% of its memory on a 10 MB file.
func (d *docEncoder) span(s parser.Span) *ast.Term {
	key := [2]int{s.Start.Offset, s.End.Offset}
	if t, ok := d.spans[key]; ok {
		return t
	}
	t := spanTerm(s)
	d.spans[key] = t
	return t
}

// spanTerm is the rule input form of a span, shared with the reflective
// encoder.
func spanTerm(s parser.Span) *ast.Term {
	return ast.ObjectTerm([2]*ast.Term{keyStart, intTerm(s.Start.Offset)}, [2]*ast.Term{keyEnd, intTerm(s.End.Offset)})
}

func (d *docEncoder) title(t *parser.Title) *ast.Term {
	if t == nil {
		return ast.NullTerm()
	}
	o := newObjectBuilder(d.uses.title, 3)
	o.str(keyText, t.Text)
	o.span(d, keySpan, t.Span)
	o.int(keyParagraph, t.Paragraph)
	return o.term()
}

func (d *docEncoder) paragraph(p *parser.Paragraph) *ast.Term {
	if p == nil {
		return ast.NullTerm()
	}
	o := newObjectBuilder(d.uses.paragraph, 9)
	o.int(keyIndex, p.Index)
	o.str(keyRole, string(p.Role))
	o.str(keyText, p.Text)
	o.span(d, keySpan, p.Span)
	o.int(keyLine, p.Line)
	if p.Breaks != nil { // omitempty, which for a slice means nil (reflect.Value.IsZero)
		o.list(keyBreaks, func() *ast.Term { return encodeSlice(p.Breaks, d.span) })
	}
	o.int(keyHeading, p.Heading)
	o.int(keySection, p.Section)
	o.list(keySentences, func() *ast.Term { return encodeSlice(p.Sentences, d.sentence) })
	return o.term()
}

func (d *docEncoder) sentence(s parser.Sentence) *ast.Term {
	o := newObjectBuilder(d.uses.sentence, 2)
	o.str(keyText, s.Text)
	o.span(d, keySpan, s.Span)
	return o.term()
}

func (d *docEncoder) heading(h *parser.Heading) *ast.Term {
	if h == nil {
		return ast.NullTerm()
	}
	o := newObjectBuilder(d.uses.heading, 15)
	o.int(keyIndex, h.Index)
	o.int(keyParagraph, h.Paragraph)
	o.int(keyLevel, h.Level)
	o.str(keyFamily, h.Family)
	o.int(keyOrdinal, h.Ordinal)
	o.str(keyMarker, h.Marker)
	o.span(d, keyMarkerSpan, h.MarkerSpan)
	o.str(keyText, h.Text)
	o.span(d, keySpan, h.Span)
	o.bool(keyMissingNumeral, h.MissingNumeral)
	o.bool(keyUnnumbered, h.Unnumbered)
	o.bool(keyAuto, h.Auto)
	o.bool(keyFromMarkup, h.FromMarkup)
	o.int(keyParent, h.Parent)
	o.int(keySection, h.Section)
	return o.term()
}

func (d *docEncoder) section(s *parser.Section) *ast.Term {
	if s == nil {
		return ast.NullTerm()
	}
	o := newObjectBuilder(d.uses.section, 8)
	o.int(keyIndex, s.Index)
	o.int(keyHeading, s.Heading)
	o.int(keyLevel, s.Level)
	o.int(keyParent, s.Parent)
	o.list(keyPath, func() *ast.Term { return encodeSlice(s.Path, ast.StringTerm) })
	o.list(keyChildren, func() *ast.Term { return encodeSlice(s.Children, intTerm) })
	o.list(keyParagraphs, func() *ast.Term { return encodeSlice(s.Paragraphs, intTerm) })
	o.span(d, keySpan, s.Span)
	return o.term()
}

func (d *docEncoder) enumeration(e *parser.Enumeration) *ast.Term {
	if e == nil {
		return ast.NullTerm()
	}
	o := newObjectBuilder(d.uses.enumeration, 4)
	o.int(keyIndex, e.Index)
	o.str(keyStyle, e.Style)
	o.list(keyItems, func() *ast.Term { return encodeSlice(e.Items, d.enumerationItem) })
	o.span(d, keySpan, e.Span)
	return o.term()
}

func (d *docEncoder) enumerationItem(it parser.EnumerationItem) *ast.Term {
	o := newObjectBuilder(d.uses.item, 8)
	o.int(keyParagraph, it.Paragraph)
	o.str(keyMarker, it.Marker)
	o.int(keyOrdinal, it.Ordinal)
	o.str(keyStyle, it.Style)
	o.bool(keyBroken, it.Broken)
	o.span(d, keySpan, it.Span)
	o.str(keyText, it.Text)
	o.span(d, keyTextSpan, it.TextSpan)
	return o.term()
}

func (d *docEncoder) comment(c parser.Comment) *ast.Term {
	o := newObjectBuilder(d.uses.comment, 3)
	o.str(keyText, c.Text)
	o.span(d, keySpan, c.Span)
	if c.Anchor != nil {
		o.span(d, keyAnchor, *c.Anchor)
	}
	return o.term()
}

// matches encodes input.matches; lists are in name order, which the
// reflective encoder did not guarantee and no rule can observe.
func (d *docEncoder) matches(lists map[string][]matchFact) *ast.Term {
	items := make([][2]*ast.Term, 0, len(lists))
	use := d.use.child("matches")
	for _, name := range slices.Sorted(maps.Keys(lists)) {
		if !use.has(name) {
			continue
		}
		items = append(items, [2]*ast.Term{ast.StringTerm(name), encodeSlice(lists[name], matchTerm)})
	}
	return ast.ObjectTerm(items...)
}

func matchTerm(m matchFact) *ast.Term {
	items := make([][2]*ast.Term, 0, 9)
	items = append(items,
		[2]*ast.Term{keyEntry, intTerm(m.Entry)},
		[2]*ast.Term{keyText, ast.StringTerm(m.Text)},
		[2]*ast.Term{keyStart, intTerm(m.Start)},
		[2]*ast.Term{keyEnd, intTerm(m.End)},
		[2]*ast.Term{keyParagraph, intTerm(m.Paragraph)},
		[2]*ast.Term{keyBefore, ast.StringTerm(m.Before)},
		[2]*ast.Term{keyAfter, ast.StringTerm(m.After)},
	)
	if m.WordStart != nil {
		items = append(items, [2]*ast.Term{keyWordStart, boolTerm(*m.WordStart)})
	}
	if m.WordEnd != nil {
		items = append(items, [2]*ast.Term{keyWordEnd, boolTerm(*m.WordEnd)})
	}
	return ast.ObjectTerm(items...)
}
