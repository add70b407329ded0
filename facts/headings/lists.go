package headings

import "github.com/gwlint/gwlint/parser"

// headingsOutOfSequence lists the headings whose ordinal differs from the
// one their series calls for (see outOfSequence).
func headingsOutOfSequence(hs []*parser.Heading, slots []HeadingSlot) []int {
	out := []int{}
	for i, h := range hs {
		if outOfSequence(h, slots[i]) {
			out = append(out, i)
		}
	}
	return out
}

// outOfSequence reports whether h's ordinal is not the one its series
// calls for. A heading without a numeral among siblings that have none
// either (a run of plain headings, Markdown's ## 工作措施) is not: the
// series is consistently unnumbered. One whose marker lost its numeral is.
func outOfSequence(h *parser.Heading, s HeadingSlot) bool {
	if h.Ordinal == 0 && !h.MissingNumeral && s.NumberedSiblings == 0 {
		return false
	}
	return h.Ordinal != s.Expected
}

// headingsOffFamily lists the headings with a numeral whose family is not
// the one most of their group uses.
func headingsOffFamily(hs []*parser.Heading, slots []HeadingSlot) []int {
	out := []int{}
	for i, h := range hs {
		if h.Ordinal > 0 && h.Family != slots[i].GroupFamily {
			out = append(out, i)
		}
	}
	return out
}

// headingNestings lists each distinct pair of ranked parent family and
// family at its first heading, strays left out.
func headingNestings(hs []*parser.Heading, slots []HeadingSlot) []HeadingNesting {
	out := []HeadingNesting{}
	seen := map[[2]string]bool{}
	for i, s := range slots {
		if s.StrayOf != -1 || s.RankedParent < 0 {
			continue
		}
		pair := [2]string{hs[s.RankedParent].Family, hs[i].Family}
		if !seen[pair] {
			seen[pair] = true
			out = append(out, HeadingNesting{Parent: pair[0], Child: pair[1], Heading: i})
		}
	}
	return out
}
