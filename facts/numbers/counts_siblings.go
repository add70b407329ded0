package numbers

import (
	"sort"

	"github.com/gwlint/gwlint/parser"
)

// countSiblingIndex answers "which headings at h's level, under h's parent,
// follow h before its parent's section ends?" for every heading without a
// scan per question. A paragraph that introduces the headings after it
// (从以下五个方面：then 一、二、…) asks this once per count, and a long
// file of concatenated reports has thousands of such counts over one run
// of thousands of top-level headings: scanning per count was quadratic.
type countSiblingIndex struct {
	// groups lists, for each parent and level, the headings with that
	// parent and level in document order.
	groups map[countSiblingKey][]int
	// stop is, for each heading, the first later heading at a lower level
	// (fewer levels deep), which ends the run of siblings; len(Headings)
	// when there is none.
	stop []int
}

type countSiblingKey struct{ parent, level int }

func newCountSiblingIndex(doc *parser.Document) countSiblingIndex {
	idx := countSiblingIndex{groups: map[countSiblingKey][]int{}, stop: make([]int, len(doc.Headings))}
	// open holds the headings whose stop is not yet known; their levels
	// never decrease from bottom to top, so each later heading closes the
	// deeper ones at the top at once.
	var open []int
	for i, h := range doc.Headings {
		idx.stop[i] = len(doc.Headings)
		if h == nil {
			continue
		}
		for len(open) > 0 && doc.Headings[open[len(open)-1]].Level > h.Level {
			idx.stop[open[len(open)-1]] = i
			open = open[:len(open)-1]
		}
		open = append(open, i)
		key := countSiblingKey{h.Parent, h.Level}
		idx.groups[key] = append(idx.groups[key], i)
	}
	return idx
}

// following returns heading h and the later headings at its level under
// the same parent, up to the first heading at a lower level, in document
// order. The result shares the index's storage and must not be modified.
func (idx countSiblingIndex) following(doc *parser.Document, h int) []int {
	if h < 0 || h >= len(doc.Headings) || doc.Headings[h] == nil {
		return nil
	}
	first := doc.Headings[h]
	group := idx.groups[countSiblingKey{first.Parent, first.Level}]
	from := sort.SearchInts(group, h)
	to := sort.SearchInts(group, idx.stop[h])
	return group[from:to]
}
