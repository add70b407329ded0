package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser/source"
)

// unit is one block of document text on its way to becoming a paragraph or
// part of one: a line of a plain-text file, or a paragraph the markup
// delimits. Page markers and run-in titles cut units; hard-wrapped lines
// are joined from several units (join.go).
type unit struct {
	kind      source.BlockKind
	level     int // markup heading level or list depth, 0 if none
	autoLabel int // bytes of automatic numbering at the start of text
	segs      []source.Segment
	text      string // the concatenated segment texts

	// blankBefore is set when an empty line precedes the unit.
	blankBefore bool
	// indented is set when white space precedes the text on its line, the
	// way Chinese paragraphs begin (two U+3000).
	indented bool
	// pageBefore is set when a page marker separates the unit from the
	// previous one (a N、 cut from its start or a — 2 — line before it):
	// the break before it is a page break, not a paragraph break.
	pageBefore bool
	// pageLine marks a whole line that is a page number (— 2 —). It makes
	// no paragraph.
	pageLine bool
	// pageMarker is the source range of a page number cut from the start
	// of the unit (1、 of a PDF page line); empty when there is none.
	pageMarker [2]int
	// role is set for units the title pass classified (title, preamble).
	role Role
}

// newUnits makes one unit per block of src.
func newUnits(src *source.Source) []*unit {
	units := make([]*unit, 0, len(src.Blocks))
	for _, b := range src.Blocks {
		u := &unit{
			kind:        b.Kind,
			level:       b.Level,
			autoLabel:   b.AutoLabel,
			segs:        append([]source.Segment(nil), b.Segments...),
			blankBefore: b.BlankBefore,
		}
		u.indented = b.Kind == source.Line && indentedAt(src.Text, b.Start())
		u.refresh()
		u.trim(src.Text)
		if u.text != "" {
			units = append(units, u)
		}
	}
	return units
}

// indentedAt reports whether the line holding offset off has white space
// (other than the line break) before off.
func indentedAt(text string, off int) bool {
	if off <= 0 || off > len(text) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:off])
	return r != '\n' && isSpace(r)
}

// refresh recomputes text from the segments. The text of a single segment,
// nearly every unit of a plain-text file, is used as it is, not copied.
func (u *unit) refresh() {
	if len(u.segs) == 1 {
		u.text = u.segs[0].Text
		return
	}
	var b strings.Builder
	for _, s := range u.segs {
		b.WriteString(s.Text)
	}
	u.text = b.String()
}

// start and end are the source offsets the unit covers.
func (u *unit) start() int {
	if len(u.segs) == 0 {
		return 0
	}
	return u.segs[0].Start
}

func (u *unit) end() int {
	if len(u.segs) == 0 {
		return 0
	}
	return u.segs[len(u.segs)-1].End
}

// trim removes white space from both ends of the unit's text.
func (u *unit) trim(src string) {
	lead := len(u.text) - len(strings.TrimLeftFunc(u.text, isSpace))
	if lead > 0 {
		_, u.segs = splitSegments(u.segs, lead, src)
		u.autoLabel = max(u.autoLabel-lead, 0)
		u.refresh()
	}
	if keep := len(strings.TrimRightFunc(u.text, isSpace)); keep < len(u.text) {
		u.segs, _ = splitSegments(u.segs, keep, src)
		u.refresh()
	}
}

// cutPrefix removes the first n bytes of the unit's text (and white space
// after them) and returns the source range they covered.
func (u *unit) cutPrefix(n int, src string) (start, end int) {
	var head []source.Segment
	head, u.segs = splitSegments(u.segs, n, src)
	u.autoLabel = max(u.autoLabel-n, 0)
	u.refresh()
	u.trim(src)
	if len(head) == 0 {
		return u.start(), u.start()
	}
	return head[0].Start, head[len(head)-1].End
}

// splitAt cuts the unit at byte offset k of its text: u keeps the text
// before k and the returned unit holds the rest (trimmed).
func (u *unit) splitAt(k int, src string) *unit {
	rest := *u
	u.segs, rest.segs = splitSegments(u.segs, k, src)
	rest.autoLabel = max(u.autoLabel-k, 0)
	u.autoLabel = min(u.autoLabel, k)
	u.refresh()
	u.trim(src)
	rest.blankBefore, rest.indented, rest.pageBefore = false, false, false
	rest.pageMarker = [2]int{}
	rest.refresh()
	rest.trim(src)
	return &rest
}

// splitSegments cuts a segment list at byte offset k of its text. A
// verbatim segment is cut exactly; a segment whose text differs from its
// source (an HTML entity) cannot be cut inside its source range, so the
// part after the cut gets an empty range at the segment's end.
func splitSegments(segs []source.Segment, k int, src string) (before, after []source.Segment) {
	pos := 0
	for i, s := range segs {
		n := len(s.Text)
		switch {
		case k <= pos:
			return segs[:i:i], segs[i:]
		case k < pos+n:
			rel := k - pos
			first, second := s, s
			first.Text, second.Text = s.Text[:rel], s.Text[rel:]
			if s.Verbatim(src) {
				first.End = s.Start + rel
				second.Start = s.Start + rel
			} else {
				second.Start = s.End
			}
			before = append(append([]source.Segment(nil), segs[:i]...), first)
			after = append([]source.Segment{second}, segs[i+1:]...)
			return before, after
		}
		pos += n
	}
	return segs, nil
}
