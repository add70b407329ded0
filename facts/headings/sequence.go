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
	last := map[string]int{}
	lastMember := map[string]int{}
	for k, m := range members {
		h, s := hs[m], &slots[m]
		s.Series = headingSeries(h.Family)
		if h.Family == "" {
			s.Series = st.mainSeries
		}
		s.Previous = -1
		if p, ok := lastMember[s.Series]; ok {
			s.Previous = p
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
		s.NextOrdinal = headingNextOrdinal(hs, members[k+1:], s.Series)
		template := headingNearestMarker(hs, members, k, func(o *parser.Heading) bool {
			return headingSeries(o.Family) == s.Series
		})
		s.ExpectedMarker = headingMarkerWithOrdinal(template, s.Expected)
		if h.Ordinal > 0 && st.family != "" {
			own := headingNearestMarker(hs, members, k, func(o *parser.Heading) bool { return o.Family == st.family })
			s.GroupMarker = headingMarkerWithOrdinal(own, h.Ordinal)
		}
	}
}

// headingNextOrdinal is the ordinal of the first numbered heading of the
// series among rest, 0 when there is none.
func headingNextOrdinal(hs []*parser.Heading, rest []int, series string) int {
	for _, m := range rest {
		if h := hs[m]; h.Ordinal > 0 && headingSeries(h.Family) == series {
			return h.Ordinal
		}
	}
	return 0
}

// headingNearestMarker returns the marker of the numbered member nearest
// to members[k] (looking back first, then ahead) that satisfies want, ""
// when there is none. It serves as the model for a suggested marker, so
// that a suggestion keeps the document's bracket width and punctuation.
func headingNearestMarker(hs []*parser.Heading, members []int, k int, want func(*parser.Heading) bool) string {
	for j := k; j >= 0; j-- {
		if h := hs[members[j]]; h.Ordinal > 0 && want(h) {
			return h.Marker
		}
	}
	for _, m := range members[k+1:] {
		if h := hs[m]; h.Ordinal > 0 && want(h) {
			return h.Marker
		}
	}
	return ""
}
