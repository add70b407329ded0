package headings

import (
	"math/rand/v2"
	"testing"

	"github.com/gwlint/gwlint/parser"
)

// The scans numberGroup replaced by numberedNeighbours: for each member,
// walk the group to the nearest numbered member of the kind wanted. They
// are quadratic in a group of unnumbered headings, but obviously right,
// so the two-pass version is checked against them.

func nextOrdinalByScan(hs []*parser.Heading, rest []int, series string) int {
	for _, m := range rest {
		if h := hs[m]; h.Ordinal > 0 && headingSeries(h.Family) == series {
			return h.Ordinal
		}
	}
	return 0
}

func nearestMarkerByScan(hs []*parser.Heading, members []int, k int, want func(*parser.Heading) bool) string {
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

func TestNumberGroupMatchesScans(t *testing.T) {
	families := []string{"", parser.FamilyCnDun, parser.FamilyCnDot, parser.FamilyCnParen, parser.FamilyArDot}
	markers := map[string]string{
		"": "", parser.FamilyCnDun: "二、", parser.FamilyCnDot: "二.", parser.FamilyCnParen: "（二）", parser.FamilyArDot: "2.",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 300; round++ {
		n := 1 + rng.IntN(12)
		hs := make([]*parser.Heading, n)
		members := make([]int, n)
		for i := range hs {
			f := families[rng.IntN(len(families))]
			ord := 0
			if f != "" {
				ord = rng.IntN(4)
			}
			hs[i] = &parser.Heading{Family: f, Ordinal: ord, Marker: markers[f]}
			members[i] = i
		}
		slots := make([]HeadingSlot, n)
		numberGroup(hs, slots, members)
		st := headingStatsOf(hs, members)
		for k, m := range members {
			s := slots[m]
			if want := nextOrdinalByScan(hs, members[k+1:], s.Series); s.NextOrdinal != want {
				t.Fatalf("round %d member %d: NextOrdinal = %d, want %d", round, k, s.NextOrdinal, want)
			}
			template := nearestMarkerByScan(hs, members, k, func(o *parser.Heading) bool { return headingSeries(o.Family) == s.Series })
			if want := headingMarkerWithOrdinal(template, s.Expected); s.ExpectedMarker != want {
				t.Fatalf("round %d member %d: ExpectedMarker = %q, want %q", round, k, s.ExpectedMarker, want)
			}
			wantGroup := ""
			if hs[m].Ordinal > 0 && st.family != "" {
				own := nearestMarkerByScan(hs, members, k, func(o *parser.Heading) bool { return o.Family == st.family })
				wantGroup = headingMarkerWithOrdinal(own, hs[m].Ordinal)
			}
			if s.GroupMarker != wantGroup {
				t.Fatalf("round %d member %d: GroupMarker = %q, want %q", round, k, s.GroupMarker, wantGroup)
			}
		}
	}
}
