package parser

import "sort"

// OffsetMap relates byte offsets in a paragraph's visible text to byte
// offsets in Document.Text. A paragraph's text differs from the source where
// lines were joined (the newline is dropped), where HTML entities were
// decoded, or where markup was removed; each piece of the map is a run of
// text that came from one source range.
type OffsetMap struct {
	pieces []mapPiece
}

type mapPiece struct {
	textStart int // offset in the paragraph text
	textLen   int
	srcStart  int // offset in Document.Text
	srcEnd    int
	verbatim  bool // text bytes equal source bytes, so offsets map 1:1
}

// Add appends a piece: textLen bytes of paragraph text that came from the
// source range [srcStart, srcEnd). Pieces must be added in text order.
func (m *OffsetMap) Add(textLen, srcStart, srcEnd int, verbatim bool) {
	start := 0
	if n := len(m.pieces); n > 0 {
		last := m.pieces[n-1]
		start = last.textStart + last.textLen
		// Merge adjacent verbatim pieces to keep lookups short.
		if verbatim && last.verbatim && last.srcEnd == srcStart {
			m.pieces[n-1].textLen += textLen
			m.pieces[n-1].srcEnd = srcEnd
			return
		}
	}
	m.pieces = append(m.pieces, mapPiece{textStart: start, textLen: textLen, srcStart: srcStart, srcEnd: srcEnd, verbatim: verbatim})
}

// Source maps the paragraph-text range [start, end) to a source range.
// Inside a non-verbatim piece (an entity, a generated label) the range widens
// to the whole piece, so a finding never points into the middle of &nbsp;.
func (m *OffsetMap) Source(start, end int) (int, int) {
	if len(m.pieces) == 0 {
		return start, end
	}
	s := m.mapOffset(start, false)
	e := m.mapOffset(end, true)
	if e < s {
		e = s
	}
	return s, e
}

func (m *OffsetMap) mapOffset(off int, isEnd bool) int {
	// The piece holding off; an end offset at a piece boundary belongs to
	// the piece before it, a start offset to the piece after.
	i := sort.Search(len(m.pieces), func(i int) bool {
		p := m.pieces[i]
		if isEnd {
			return p.textStart+p.textLen >= off
		}
		return p.textStart+p.textLen > off
	})
	if i == len(m.pieces) {
		return m.pieces[len(m.pieces)-1].srcEnd
	}
	p := m.pieces[i]
	rel := off - p.textStart
	switch {
	case p.verbatim:
		return p.srcStart + rel
	case isEnd && rel > 0:
		return p.srcEnd
	case !isEnd && rel >= p.textLen:
		return p.srcEnd
	default:
		return p.srcStart
	}
}

// Len is the length of the mapped paragraph text.
func (m *OffsetMap) Len() int {
	if len(m.pieces) == 0 {
		return 0
	}
	last := m.pieces[len(m.pieces)-1]
	return last.textStart + last.textLen
}
