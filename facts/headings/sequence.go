package headings

import "github.com/gwlint/gwlint/parser"

// headingGroupStats summarises the numbered members of a group.
type headingGroupStats struct {
	marked      int            // members carrying a marker, numeral or not
	mainSeries  string         // the series most numbered members use
	family      string         // the family most numbered members use
	familyCount map[string]int // numbered members by family
}

// headingStatsOf counts the members of a group. Only members with a
// numeral vote for the main series and family: a marker that lost its
// numeral took its family from its neighbours.
func headingStatsOf(hs []*parser.Heading, members []int) headingGroupStats {
	st := headingGroupStats{familyCount: map[string]int{}}
	seriesCount := map[string]int{}
	for _, m := range members {
		h := hs[m]
		if h.Family == "" {
			continue
		}
		st.marked++
		if h.Ordinal == 0 {
			continue
		}
		st.familyCount[h.Family]++
		seriesCount[headingSeries(h.Family)]++
		// Members are in reading order, so a strict comparison keeps the
		// first family on a tie.
		if st.familyCount[h.Family] > st.familyCount[st.family] {
			st.family = h.Family
		}
		if s := headingSeries(h.Family); seriesCount[s] > seriesCount[st.mainSeries] {
			st.mainSeries = s
		}
	}
	return st
}

// numberGroup fills the sequence fields of the slots of one group. Each
// series keeps the last ordinal it reached; a member without a numeral
// takes the ordinal the series calls for, so that after （一）（二） three
// unnumbered siblings stand for （三）（四）（五）.
func numberGroup(hs []*parser.Heading, slots []HeadingSlot, members []int) {
	st := headingStatsOf(hs, members)
	seriesOf := func(k int) string {
		if f := hs[members[k]].Family; f != "" {
			return headingSeries(f)
		}
		return st.mainSeries
	}
	inSeries := numberedNeighbours(hs, members, func(h *parser.Heading) string { return headingSeries(h.Family) }, seriesOf)
	inFamily := numberedNeighbours(hs, members, func(h *parser.Heading) string { return h.Family }, func(int) string { return st.family })
	last := map[string]int{}
	lastMember := map[string]int{}
	for k, m := range members {
		h, s := hs[m], &slots[m]
		s.Series = seriesOf(k)
		s.Previous = -1
		if p, ok := lastMember[s.Series]; ok {
			s.Previous = p
			slots[p].Next = m
		}
		s.PreviousOrdinal = last[s.Series]
		s.Expected = last[s.Series] + 1
		effective := h.Ordinal
		if effective == 0 {
			effective = s.Expected
		}
		last[s.Series], lastMember[s.Series] = effective, m
		s.NumberedSiblings = st.marked
		if h.Family != "" {
			s.NumberedSiblings--
		}
		s.GroupFamily = st.family
		s.GroupFamilyCount = st.familyCount[st.family]
		s.FamilyCount = st.familyCount[h.Family]
		if n := inSeries.next[k]; n >= 0 {
			s.NextOrdinal = hs[members[n]].Ordinal
		}
		s.ExpectedMarker = headingMarkerWithOrdinal(inSeries.nearestMarker(hs, members, k), s.Expected)
		if h.Ordinal > 0 && st.family != "" {
			s.GroupMarker = headingMarkerWithOrdinal(inFamily.nearestMarker(hs, members, k), h.Ordinal)
		}
	}
}

// neighbours holds, for each member k of a group, the numbered member
// (one with an ordinal) of k's kind nearest before it, k included, and the
// first one after it, as positions in the group's member list; -1 when
// there is none.
type neighbours struct {
	prev, next []int
}

// numberedNeighbours finds the neighbours of every member in two passes
// over the group, so that a group of thousands of unnumbered headings
// costs no more than a numbered one. keyOf says what kind a numbered
// member is (its series or family), and want(k) which kind member k looks
// for.
func numberedNeighbours(hs []*parser.Heading, members []int, keyOf func(*parser.Heading) string, want func(k int) string) neighbours {
	nb := neighbours{prev: make([]int, len(members)), next: make([]int, len(members))}
	seen := map[string]int{}
	lookup := func(k int) int {
		if j, ok := seen[want(k)]; ok {
			return j
		}
		return -1
	}
	for k, m := range members {
		if h := hs[m]; h.Ordinal > 0 {
			seen[keyOf(h)] = k
		}
		nb.prev[k] = lookup(k)
	}
	clear(seen)
	for k := len(members) - 1; k >= 0; k-- {
		nb.next[k] = lookup(k)
		if h := hs[members[k]]; h.Ordinal > 0 {
			seen[keyOf(h)] = k
		}
	}
	return nb
}

// nearestMarker returns the marker of the numbered member nearest to
// member k (looking back first, then ahead), "" when there is none. It
// serves as the model for a suggested marker, so that a suggestion keeps
// the document's bracket width and punctuation.
func (nb neighbours) nearestMarker(hs []*parser.Heading, members []int, k int) string {
	switch {
	case nb.prev[k] >= 0:
		return hs[members[nb.prev[k]]].Marker
	case nb.next[k] >= 0:
		return hs[members[nb.next[k]]].Marker
	}
	return ""
}
