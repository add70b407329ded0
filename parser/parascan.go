package parser

// paragraphScans remembers what the heading and enumeration passes read
// at the start of, and across, each paragraph. Series are collected twice:
// once, with only the numbered headings known, to tell enumeration items
// from unnumbered headings, and once more with every heading known. The
// paragraphs and where their scans start are nearly always the same both
// times, and the scan reads every character, so the second pass reuses the
// first one's; and the heading marker of a paragraph, read to find the
// numbered headings, is read again by both passes to skip it.
type paragraphScans struct {
	entries []paragraphScan // by paragraph index
}

// paragraphScan is what was read of one paragraph.
type paragraphScan struct {
	// the clause markers found scanning from byte offset from
	scanned bool
	from    int
	found   []enumOccurrence
	// the heading marker at its start
	markerRead bool
	marker     headingMarker
	hasMarker  bool
}

func newParagraphScans(paragraphs int) *paragraphScans {
	return &paragraphScans{entries: make([]paragraphScan, paragraphs)}
}

// entry returns p's entry, nil when p is not one of the document's
// paragraphs.
func (c *paragraphScans) entry(p *Paragraph) *paragraphScan {
	if c == nil || p.Index < 0 || p.Index >= len(c.entries) {
		return nil
	}
	return &c.entries[p.Index]
}

// markersFrom returns clauseMarkers(p, from), scanning only when p has not
// been scanned from that offset before. The result is shared: callers must
// not modify it.
func (c *paragraphScans) markersFrom(p *Paragraph, from int) []enumOccurrence {
	e := c.entry(p)
	if e == nil {
		return clauseMarkers(p, from)
	}
	if !e.scanned || e.from != from {
		e.scanned, e.from, e.found = true, from, clauseMarkers(p, from)
	}
	return e.found
}

// headingMarker returns parseHeadingMarker(p.Text), read once.
func (c *paragraphScans) headingMarker(p *Paragraph) (headingMarker, bool) {
	e := c.entry(p)
	if e == nil {
		return parseHeadingMarker(p.Text)
	}
	if !e.markerRead {
		e.markerRead = true
		e.marker, e.hasMarker = parseHeadingMarker(p.Text)
	}
	return e.marker, e.hasMarker
}
