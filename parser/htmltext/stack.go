package htmltext

import "github.com/gwlint/gwlint/parser/source"

// maxOpenDepth caps the open-element stack, as browsers cap DOM depth, so
// that pathological nesting cannot make lookups quadratic.
const maxOpenDepth = 512

// openElement is a block element whose end has not been seen.
type openElement struct {
	name string
	// kindAt is the stack index of the nearest element, this one included,
	// that gives blocks their kind (h1–h6, li, td, th), or -1.
	kindAt int
	// listAt is the stack index of the nearest list container, or -1.
	listAt int
	// liDepth is the number of <li> elements open, this one included.
	liDepth int
	// counter numbers the items of an <ol>; nil for other elements.
	counter *listCounter
	// label is the rendered <ol> counter of an <li> ("" when none) and
	// labelled records that a block of this item has been started, so that
	// only the item's first block is a list item with the label.
	label    string
	labelled bool
}

// openStack tracks the open block elements, with the implied end tags of
// HTML's tree construction applied approximately (a new <li> closes the
// previous one, a block start tag closes an open <p>, and so on).
type openStack struct {
	elems []openElement
	count map[string]int
}

// push opens name after closing the elements its start tag implies closed.
func (s *openStack) push(name string, attrs map[string]string) {
	s.closeImplied(name)
	if len(s.elems) >= maxOpenDepth {
		return
	}
	if s.count == nil {
		s.count = map[string]int{}
	}
	e := openElement{name: name, kindAt: -1, listAt: -1}
	if n := len(s.elems); n > 0 {
		parent := s.elems[n-1]
		e.kindAt, e.listAt, e.liDepth = parent.kindAt, parent.listAt, parent.liDepth
	}
	idx := len(s.elems)
	switch {
	case headingLevel(name) > 0, name == "td", name == "th":
		e.kindAt = idx
	case name == "li":
		e.kindAt = idx
		e.liDepth++
		e.label = s.nextLabel(e.listAt, attrs)
	case isListContainer(name):
		e.listAt = idx
		if name == "ol" {
			e.counter = newListCounter(attrs)
		}
	}
	s.elems = append(s.elems, e)
	s.count[name]++
}

// nextLabel advances the counter of the list at index listAt for a new item
// and returns the item's label.
func (s *openStack) nextLabel(listAt int, attrs map[string]string) string {
	if listAt < 0 || s.elems[listAt].counter == nil {
		return ""
	}
	return s.elems[listAt].counter.next(attrs)
}

// pop closes the innermost open name and everything opened after it. An end
// tag of any heading closes the innermost heading, as in browsers.
func (s *openStack) pop(name string) {
	if headingLevel(name) > 0 {
		if i := s.find(isHeading, stopAtNothing); i >= 0 {
			s.truncate(i)
		}
		return
	}
	if s.count[name] == 0 {
		return
	}
	if i := s.find(func(n string) bool { return n == name }, stopAtNothing); i >= 0 {
		s.truncate(i)
	}
}

// closeImplied closes the elements that a start tag of name ends.
func (s *openStack) closeImplied(name string) {
	closing := func(match, stop func(string) bool) {
		if i := s.find(match, stop); i >= 0 {
			s.truncate(i)
		}
	}
	switch {
	case name == "li":
		closing(is("li"), isListScopeBoundary)
	case name == "dt" || name == "dd":
		closing(is("dt", "dd"), is("dl", "table", "td", "th"))
	case name == "td" || name == "th":
		closing(is("td", "th"), is("tr", "table"))
	case name == "tr":
		closing(is("tr"), is("table"))
	case name == "thead" || name == "tbody" || name == "tfoot":
		closing(is("thead", "tbody", "tfoot"), is("table"))
	case headingLevel(name) > 0:
		if n := len(s.elems); n > 0 && isHeading(s.elems[n-1].name) {
			s.truncate(n - 1)
		}
	}
	if closesParagraph(name) && s.count["p"] > 0 {
		closing(is("p"), is("table", "td", "th", "caption"))
	}
}

// find returns the index of the innermost element matching match, searching
// outwards and giving up at an element matching stop; -1 when not found.
func (s *openStack) find(match, stop func(string) bool) int {
	for i := len(s.elems) - 1; i >= 0; i-- {
		switch n := s.elems[i].name; {
		case match(n):
			return i
		case stop(n):
			return -1
		}
	}
	return -1
}

// truncate closes the element at index i and all inside it.
func (s *openStack) truncate(i int) {
	for _, e := range s.elems[i:] {
		s.count[e.name]--
	}
	s.elems = s.elems[:i]
}

// inPre reports whether whitespace is preserved at this point.
func (s *openStack) inPre() bool {
	return s.count["pre"]+s.count["listing"]+s.count["xmp"]+s.count["plaintext"] > 0
}

// blockContext returns the kind and level of a block that starts now, and
// the generated label to put in front of it. Only the first block of a list
// item is a list item; later blocks inside the same <li> are paragraphs.
func (s *openStack) blockContext() (kind source.BlockKind, level int, label string) {
	n := len(s.elems)
	if n == 0 || s.elems[n-1].kindAt < 0 {
		return source.Paragraph, 0, ""
	}
	e := &s.elems[s.elems[n-1].kindAt]
	switch e.name {
	case "li":
		if e.labelled {
			return source.Paragraph, 0, ""
		}
		e.labelled = true
		return source.ListItem, e.liDepth, e.label
	case "td", "th":
		return source.TableCell, 0, ""
	default:
		return source.Heading, headingLevel(e.name), ""
	}
}

// is returns a predicate matching any of names.
func is(names ...string) func(string) bool {
	return func(n string) bool {
		for _, m := range names {
			if n == m {
				return true
			}
		}
		return false
	}
}

func isHeading(name string) bool { return headingLevel(name) > 0 }

func stopAtNothing(string) bool { return false }

// isListScopeBoundary stops the search for an open <li>: an item inside a
// nested list or a table cell does not close an outer item.
func isListScopeBoundary(name string) bool {
	return isListContainer(name) || name == "table" || name == "td" || name == "th"
}

// closesParagraph reports whether a start tag of name closes an open <p>.
func closesParagraph(name string) bool {
	switch name {
	case "td", "th", "tr", "tbody", "thead", "tfoot", "caption":
		return false
	}
	return blockElements[name]
}
