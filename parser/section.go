package parser

// buildSections makes one section per heading, links them into a tree and
// assigns every paragraph to the innermost section holding it. A section
// spans from its heading to the last paragraph before the next heading of
// the same or a higher level.
func buildSections(doc *Document) {
	for i, h := range doc.Headings {
		s := &Section{
			Index:      i,
			Heading:    i,
			Level:      h.Level,
			Parent:     h.Parent,
			Children:   []int{},
			Paragraphs: []int{},
		}
		label := h.Marker + h.Text
		if s.Parent >= 0 {
			parent := doc.Sections[s.Parent]
			parent.Children = append(parent.Children, i)
			s.Path = append(append([]string{}, parent.Path...), label)
		} else {
			s.Path = []string{label}
		}
		doc.Sections = append(doc.Sections, s)
	}
	current := -1
	for _, p := range doc.Paragraphs {
		if p.Role == RoleHeading {
			current = p.Heading
		}
		p.Section = current
		if current >= 0 {
			doc.Sections[current].Paragraphs = append(doc.Sections[current].Paragraphs, p.Index)
		}
	}
	for i, s := range doc.Sections {
		last := len(doc.Paragraphs) - 1
		for _, next := range doc.Headings[i+1:] {
			if next.Level <= s.Level {
				last = next.Paragraph - 1
				break
			}
		}
		first := doc.Paragraphs[doc.Headings[i].Paragraph]
		s.Span = Span{Start: first.Span.Start, End: doc.Paragraphs[last].Span.End}
	}
}
