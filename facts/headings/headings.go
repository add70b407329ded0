package headings

import (
	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

// Heading numbering facts. The parser gives every heading a level, a
// parent and a numbering family; the numbering rules need to know more:
// which headings number one sequence together, what ordinal the sequence
// calls for at each heading, and at which depths each family is used. That
// bookkeeping is a walk over the tree, awkward in Rego and easy here, so Go
// does it and the rules (structure/heading-sequence, structure/heading-level)
// only compare numbers.

func init() { facts.Register("heading_numbering", extractHeadingNumbering) }

// HeadingNumbering is input.facts.heading_numbering.
type HeadingNumbering struct {
	// Slots has one entry per heading: Slots[i] is about input.headings[i].
	Slots []HeadingSlot `json:"slots"`
	// Families lists every ranked family (see headingRanked) with the
	// depths it is used at, in order of first use.
	Families []HeadingFamilyUse `json:"families"`
	// OutOfSequence, OffFamily and Nestings index the few headings (or
	// pairs of families) a numbering rule has to look at, so that the
	// rules walk short lists instead of every slot: in OPA each step of a
	// loop over the slots costs microseconds, and a long document has
	// tens of thousands.

	// OutOfSequence lists, in reading order, the headings whose ordinal
	// is not the one their series calls for (ordinal != Slots[i].Expected):
	// a gap, a repeat, a step back, a late start, a lost numeral, or none
	// among numbered siblings. A heading without a numeral whose siblings
	// have none either is in sequence. In a correct document the list is
	// empty or nearly so.
	OutOfSequence []int `json:"out_of_sequence"`
	// OffFamily lists, in reading order, the headings with a numeral
	// whose family is not their group's family (Slots[i].GroupFamily):
	// the candidates for a sibling with a mismatched marker.
	OffFamily []int `json:"off_family"`
	// Nestings lists each distinct [ranked parent family, family] pair of
	// the outline once, at its first heading, in reading order. Strays
	// are left out: their depth is the heading they continue.
	Nestings []HeadingNesting `json:"nestings"`
}

// HeadingNesting is a heading of one family directly under the nearest
// enclosing heading of a ranked family (Slots[i].RankedParent).
type HeadingNesting struct {
	// Parent is the family of the enclosing heading.
	Parent string `json:"parent"`
	// Child is the family of the nested heading, "" when it has no marker.
	Child string `json:"child"`
	// Heading is the first heading nested so.
	Heading int `json:"heading"`
}

// HeadingSlot places one heading in the numbering of its siblings.
type HeadingSlot struct {
	Heading int `json:"heading"`
	// Group is the heading whose children number together, -1 for the top
	// level. It is the heading's parent, except for a stray (see StrayOf),
	// which numbers among the siblings of the heading it continues.
	Group int `json:"group"`
	// Series names the sequence within the group the heading takes part
	// in: families that differ only in the mark after the numeral (一、 and
	// 一.) share one, so a mis-punctuated sibling does not open a gap.
	// Headings without a numeral join the group's main series.
	Series string `json:"series"`
	// Previous is the member of the same series just before this one, -1
	// for the first; PreviousOrdinal is its ordinal, or for a member
	// without a numeral the ordinal the series called for there.
	Previous        int `json:"previous"`
	PreviousOrdinal int `json:"previous_ordinal"`
	// Next is the member of the same series just after this one, -1 for
	// the last (the slot whose Previous is this heading).
	Next int `json:"next"`
	// Expected is the ordinal the series calls for here: one past
	// PreviousOrdinal.
	Expected int `json:"expected"`
	// ExpectedMarker is Expected written like the nearest numbered member
	// of the series (（三） after （二）), "" when no member has a numeral.
	ExpectedMarker string `json:"expected_marker"`
	// ExpectedWrittenBetween holds, for a heading numbered past Expected
	// with a Previous member, when a paragraph between the two (at most
	// 30 paragraphs back, headingLookback) starts with ExpectedMarker: the
	// missing heading is written but was not recognised as one, so there
	// is no gap. False for every other heading.
	ExpectedWrittenBetween bool `json:"expected_written_between"`
	// ExpectedWrittenBefore holds, for the first member of a series
	// numbered past Expected (a series that starts at 二、), when a
	// paragraph before it in its group (at most 30 paragraphs back,
	// headingLookback) contains ExpectedMarker: the first item was run
	// into a paragraph (措施如下：1、…). False for every other heading.
	ExpectedWrittenBefore bool `json:"expected_written_before"`
	// NextOrdinal is the ordinal of the next numbered member of the
	// series, 0 when there is none. A suggested numeral is certain when
	// the next member agrees with it.
	NextOrdinal int `json:"next_ordinal"`
	// NumberedSiblings counts the other members of the group that carry a
	// marker, numeral or not.
	NumberedSiblings int `json:"numbered_siblings"`
	// GroupFamily is the family most members of the group use (the first
	// one on a tie), "" when no member is numbered; GroupFamilyCount is
	// how many use it and FamilyCount how many use this heading's family.
	GroupFamily      string `json:"group_family"`
	GroupFamilyCount int    `json:"group_family_count"`
	FamilyCount      int    `json:"family_count"`
	// GroupMarker is the heading's own ordinal written in the group
	// family's form (二、 for a stray 二. among 一、 and 三、), "" if unknown.
	GroupMarker string `json:"group_marker"`
	// StrayOf is the heading this one continues when the tree put it one
	// level too deep because its marker differs only in punctuation: 一、
	// … 二. … 三、 nests 二. under 一、. -1 otherwise.
	StrayOf int `json:"stray_of"`
	// RankedParent is the nearest enclosing heading of a ranked family, -1
	// when there is none. Depth is how many ranked headings enclose this
	// one (for a stray: enclose the heading it continues).
	RankedParent int `json:"ranked_parent"`
	Depth        int `json:"depth"`
	// Label names the heading in a message: its marker and its text, cut
	// to 15 characters and an ellipsis when longer than 16.
	Label string `json:"label"`
}

// HeadingFamilyUse lists the depths at which one family numbers headings.
type HeadingFamilyUse struct {
	Family string              `json:"family"`
	Uses   []HeadingDepthUsage `json:"uses"`
}

// HeadingDepthUsage is the first heading of a family at one depth.
type HeadingDepthUsage struct {
	Depth int `json:"depth"`
	// Heading is the first heading of the family at this depth and Parent
	// its nearest ranked enclosing heading (-1 at the top).
	Heading int `json:"heading"`
	Parent  int `json:"parent"`
}

// extractHeadingNumbering computes the slots and family depths.
func extractHeadingNumbering(doc *parser.Document, _ *facts.Env) any {
	hs := doc.Headings
	out := HeadingNumbering{Slots: make([]HeadingSlot, len(hs)), Families: []HeadingFamilyUse{}}
	if len(hs) == 0 {
		return out
	}
	strays := headingStrays(hs)
	for i := range hs {
		// A stray numbers among the siblings of the heading it continues,
		// and sits at that heading's depth.
		anchor, stray := i, -1
		if a, ok := strays[i]; ok {
			anchor, stray = a, a
		}
		out.Slots[i] = HeadingSlot{
			Heading:      i,
			Group:        headingParent(hs, anchor),
			StrayOf:      stray,
			Previous:     -1,
			Next:         -1,
			RankedParent: headingRankedAncestor(hs, anchor),
			Depth:        headingDepth(hs, anchor),
			Label:        headingLabel(hs[i]),
		}
	}
	for _, members := range headingGroups(out.Slots) {
		numberGroup(hs, out.Slots, members)
	}
	out.Families = headingFamilyUses(hs, out.Slots)
	out.OutOfSequence = headingsOutOfSequence(hs, out.Slots)
	markExpectedWritten(doc, out.Slots, out.OutOfSequence)
	out.OffFamily = headingsOffFamily(hs, out.Slots)
	out.Nestings = headingNestings(hs, out.Slots)
	return out
}

// headingGroups lists the members of each group in reading order, groups
// in order of their first member.
func headingGroups(slots []HeadingSlot) [][]int {
	index := map[int]int{}
	var groups [][]int
	for i, s := range slots {
		g, ok := index[s.Group]
		if !ok {
			g = len(groups)
			index[s.Group] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	return groups
}

// headingFamilyUses records, for each ranked family, the first heading at
// every depth the family is used at.
func headingFamilyUses(hs []*parser.Heading, slots []HeadingSlot) []HeadingFamilyUse {
	uses := []HeadingFamilyUse{}
	index := map[string]int{}
	for i, h := range hs {
		if !headingRanked(h.Family) {
			continue
		}
		k, ok := index[h.Family]
		if !ok {
			k = len(uses)
			index[h.Family] = k
			uses = append(uses, HeadingFamilyUse{Family: h.Family})
		}
		if !headingHasDepth(uses[k].Uses, slots[i].Depth) {
			uses[k].Uses = append(uses[k].Uses, HeadingDepthUsage{
				Depth: slots[i].Depth, Heading: i, Parent: slots[i].RankedParent,
			})
		}
	}
	return uses
}

func headingHasDepth(us []HeadingDepthUsage, depth int) bool {
	for _, u := range us {
		if u.Depth == depth {
			return true
		}
	}
	return false
}
