package parser

// Heading levels come from the order in which marker families open in the
// document, not from a fixed table: documents mix conventions (000 puts
// 1、 under 二、 but (一) under 三、, and 1、 again under (二)). The builder
// keeps a stack of open headings, one per level:
//
//   - a numbered heading whose family is on the stack closes everything
//     above that entry and takes its place, as a sibling (二、 after 一、
//     and its children);
//   - a numbered heading of a family not on the stack opens a new level
//     under the innermost open heading (the first 1、 under 二、);
//   - a markup heading (Markdown ##, docx Heading 2) first closes the open
//     headings declared at the same or a deeper markup level, and the
//     numbered items opened under them, so markup levels order the
//     headings relative to one another;
//   - an unnumbered heading line (unnumbered.go) is a sibling of an
//     unnumbered heading on top of the stack, and of a numbered sub-heading
//     that already had body text under it: 002 has (一) and (二) under 二、
//     and then three sub-headings without numerals, which belong at the
//     level of (一) and (二). Right under its parent's line (一、 followed
//     by 领导高度重视,精心安排部署。) it opens a new level.
//
// A family can thus sit at two levels in one document; the numbering rules
// flag that.

// openHeading is an entry of the stack of open headings.
type openHeading struct {
	heading int
	// family is the family whose place the heading holds: its own, or for
	// an unnumbered sibling the family of the numbered heading it follows,
	// so that a later (三) still finds its siblings.
	family string
	markup int // markup heading level, 0 when the markup said nothing
}

// assignLevels sets Level and Parent of every heading.
func assignLevels(doc *Document, blocks []blockInfo) {
	var stack []openHeading
	for _, h := range doc.Headings {
		markup := 0
		if h.FromMarkup {
			markup = max(blocks[h.Paragraph].level, 1)
			stack = closeMarkupLevel(stack, markup)
		}
		slot := h.Family
		switch {
		case h.Family != "":
			if i := familyIndex(stack, h.Family); i >= 0 {
				stack = stack[:i]
			}
		case !h.FromMarkup && len(stack) > 0:
			top := stack[len(stack)-1]
			th := doc.Headings[top.heading]
			underBody := h.Paragraph > th.Paragraph+1
			if (th.Unnumbered && !th.FromMarkup) || (len(stack) > 1 && underBody) {
				slot = top.family
				stack = stack[:len(stack)-1]
			}
		}
		h.Level = len(stack) + 1
		h.Parent = -1
		if len(stack) > 0 {
			h.Parent = stack[len(stack)-1].heading
		}
		stack = append(stack, openHeading{heading: h.Index, family: slot, markup: markup})
	}
}

// closeMarkupLevel keeps the open headings up to the last one declared at a
// markup level shallower than m and closes the rest: markup headings at m
// or deeper, and numbered items opened under them (a Markdown ordered list
// under a ## heading ends at the next ### or ## heading).
func closeMarkupLevel(stack []openHeading, m int) []openHeading {
	keep := 0
	for i, e := range stack {
		if e.markup > 0 && e.markup < m {
			keep = i + 1
		}
	}
	return stack[:keep]
}

// familyIndex is the stack position of the heading holding family f, or -1.
func familyIndex(stack []openHeading, f string) int {
	for i, e := range stack {
		if e.family == f {
			return i
		}
	}
	return -1
}
