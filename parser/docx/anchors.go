package docx

// commentMark records a comment anchor mark at the current place. A range
// start between paragraphs belongs to the start of the next paragraph, a
// range end between paragraphs to the end of the previous one.
func (w *walker) commentMark(kind, id string) {
	a := w.out.anchor(id)
	here := w.here()
	switch kind {
	case "commentRangeStart":
		if here == nil {
			here = &position{}
			w.pendingStarts = append(w.pendingStarts, here)
		}
		a.start = here
	case "commentRangeEnd":
		if here == nil && w.lastClosed != nil {
			here = &position{para: w.lastClosed, offset: len(w.lastClosed.text)}
		}
		a.end = here
	case "commentReference":
		a.ref = here
	}
}

// here is the current place in the innermost open paragraph, nil between
// paragraphs.
func (w *walker) here() *position {
	if len(w.open) == 0 {
		return nil
	}
	p := w.open[len(w.open)-1]
	return &position{para: p, offset: len(p.text)}
}

// textOffset is the position's byte offset in Source.Text; valid after layout.
func (p *position) textOffset() int {
	return p.para.lineStart + p.para.labelLen + p.offset
}

func placed(p *position) *position {
	if p == nil || p.para == nil {
		return nil
	}
	return p
}

// span is the byte range an anchor covers. A range missing one end runs to
// the edge of the paragraph that holds the other; a zero-width anchor (a
// reference mark alone, or an empty range) covers its whole paragraph, so
// that a directive attached to a point still names the text around it.
func (a *anchor) span() (start, end int, ok bool) {
	s, e, r := placed(a.start), placed(a.end), placed(a.ref)
	var home *paragraph
	switch {
	case s != nil && e != nil:
		start, end, home = s.textOffset(), e.textOffset(), s.para
		if end < start {
			start, end = end, start
		}
	case s != nil:
		start, end, home = s.textOffset(), s.para.lineEnd, s.para
	case e != nil:
		start, end, home = e.para.lineStart, e.textOffset(), e.para
	case r != nil:
		home = r.para
		start, end = home.lineStart, home.lineEnd
	default:
		return 0, 0, false
	}
	if start == end {
		start, end = home.lineStart, home.lineEnd
	}
	return start, end, true
}
