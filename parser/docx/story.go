package docx

// containerKind says what holds a paragraph.
type containerKind uint8

const (
	inBody containerKind = iota
	inTableCell
	inTextBox
)

// paragraph is one w:p as read from the XML, before numbering is applied.
type paragraph struct {
	styleID   string
	num       numPr // the paragraph's own w:numPr
	outline   int   // the paragraph's own w:outlineLvl, or noOutline
	container containerKind
	commentID string // the w:comment that holds the paragraph (comments.xml)
	text      []byte
	// deferred are text-box paragraphs anchored inside this paragraph. They
	// are read in the middle of its runs but follow it in reading order.
	deferred []*paragraph

	// Set by layout: where the paragraph's line sits in Source.Text.
	lineStart, lineEnd, labelLen int
}

// position is a place in a paragraph's text, kept as a paragraph and an
// offset because the paragraph's place in Source.Text (after its label) is
// known only once every label is rendered.
type position struct {
	para   *paragraph
	offset int
}

// anchor is where document.xml attaches one comment: a range
// (w:commentRangeStart … w:commentRangeEnd) and/or a reference mark.
type anchor struct {
	start, end, ref *position
}

// story is one XML part read: its paragraphs in reading order and the
// comment anchors among them.
type story struct {
	paragraphs  []*paragraph
	anchors     map[string]*anchor
	anchorOrder []string // comment ids in the order their first mark appears
}

func (s *story) anchor(id string) *anchor {
	a := s.anchors[id]
	if a == nil {
		a = &anchor{}
		s.anchors[id] = a
		s.anchorOrder = append(s.anchorOrder, id)
	}
	return a
}
