package lint

import (
	"unicode/utf8"
)

// A document is matched against some 800 entries in 20 pattern lists.
// Scanning each paragraph once per list (and once more per list for the
// prefilters of its regular expressions) made the scans cost more than
// the regular expressions themselves, so patternSet indexes the literal
// entries and the prefilter literals of all lists together: one pass over
// a paragraph's simplified text and one over its original text find every
// literal match and every regex that can match.

// trigger is a literal that, found in a paragraph, is either a match of a
// literal entry or a sign that a regex entry may match.
type trigger struct {
	list, entry int
	literal     string
	regex       bool // the literal belongs to a regex entry's prefilter
}

// triggerIndex finds the triggers starting at a rune.
type triggerIndex struct {
	// bmp has a bit set for every rune below U+10000 that starts a
	// trigger: most runes of a paragraph start none, and a bit test is
	// far cheaper than the map lookup.
	bmp     [0x10000 / 64]uint64
	byFirst map[rune][]trigger
}

func (ix *triggerIndex) add(t trigger) {
	if ix.byFirst == nil {
		ix.byFirst = map[rune][]trigger{}
	}
	r, _ := utf8.DecodeRuneInString(t.literal)
	if r < 0x10000 {
		ix.bmp[r/64] |= 1 << (r % 64)
	}
	ix.byFirst[r] = append(ix.byFirst[r], t)
}

func (ix *triggerIndex) at(r rune) []trigger {
	if r < 0x10000 && ix.bmp[r/64]&(1<<(r%64)) == 0 {
		return nil
	}
	return ix.byFirst[r]
}

// patternSet is every pattern list of the engine, indexed for scanning.
type patternSet struct {
	lists []patternList
	// simplified and original index the triggers to look for in the
	// simplified and the original text of a paragraph.
	simplified, original triggerIndex
	// first[l] is the position of list l's first entry in a flat
	// numbering of all entries (for the per-paragraph candidate marks).
	first []int
	total int
}

func newPatternSet(lists []patternList) *patternSet {
	s := &patternSet{lists: lists, first: make([]int, len(lists))}
	for l := range lists {
		s.first[l] = s.total
		s.total += len(lists[l].entries)
		for i := range lists[l].entries {
			e := &lists[l].entries[i]
			ix := &s.simplified
			if e.original {
				ix = &s.original
			}
			if e.re == nil {
				ix.add(trigger{list: l, entry: i, literal: e.literal})
				continue
			}
			for _, lit := range e.filter.literals {
				ix.add(trigger{list: l, entry: i, literal: lit, regex: true})
			}
		}
	}
	return s
}

// scanner matches paragraphs against a pattern set, reusing its buffers
// from one paragraph to the next. It is used by one goroutine.
type scanner struct {
	set *patternSet
	// found[l] collects list l's matches in the current paragraph.
	found [][]textMatch
	// possible marks, by flat entry number, the regex entries whose
	// prefilter literals occur in the current paragraph; marked lists
	// what to clear before the next one.
	possible []bool
	marked   []int
}

func newScanner(set *patternSet) *scanner {
	return &scanner{set: set, found: make([][]textMatch, len(set.lists)), possible: make([]bool, set.total)}
}

// scan finds the resolved matches of every list in a paragraph of the
// given role ("" = any) with text and its simplified form norm (same byte
// offsets). found[l] holds list l's matches until the next call.
func (sc *scanner) scan(text, norm, role string) [][]textMatch {
	for l := range sc.found {
		sc.found[l] = sc.found[l][:0]
	}
	for _, i := range sc.marked {
		sc.possible[i] = false
	}
	sc.marked = sc.marked[:0]
	sc.scanTriggers(norm, role, &sc.set.simplified)
	sc.scanTriggers(text, role, &sc.set.original)
	for l := range sc.set.lists {
		pl := &sc.set.lists[l]
		for _, i := range pl.regexes {
			e := &pl.entries[i]
			if !e.appliesTo(role) || (len(e.filter.literals) > 0 && !sc.possible[sc.set.first[l]+i]) {
				continue
			}
			hay := norm
			if e.original {
				hay = text
			}
			for _, loc := range e.re.FindAllStringIndex(hay, -1) {
				if loc[1] > loc[0] && !e.excused(hay, loc[0], loc[1]) {
					sc.found[l] = append(sc.found[l], textMatch{e.index, loc[0], loc[1]})
				}
			}
		}
		sc.found[l] = resolveOverlaps(sc.found[l])
	}
	return sc.found
}

// scanTriggers walks hay once, recording literal matches and marking the
// regex entries whose prefilter literals occur.
func (sc *scanner) scanTriggers(hay, role string, ix *triggerIndex) {
	if ix.byFirst == nil {
		return
	}
	for off := 0; off < len(hay); {
		r, size := utf8.DecodeRuneInString(hay[off:])
		for _, t := range ix.at(r) {
			if len(hay)-off < len(t.literal) || hay[off:off+len(t.literal)] != t.literal {
				continue
			}
			if t.regex {
				if flat := sc.set.first[t.list] + t.entry; !sc.possible[flat] {
					sc.possible[flat] = true
					sc.marked = append(sc.marked, flat)
				}
				continue
			}
			e := &sc.set.lists[t.list].entries[t.entry]
			if e.appliesTo(role) && !e.excused(hay, off, off+len(t.literal)) {
				sc.found[t.list] = append(sc.found[t.list], textMatch{e.index, off, off + len(t.literal)})
			}
		}
		off += size
	}
}

// appliesTo reports whether the entry applies to a paragraph of the role
// ("" = any role).
func (e *patternEntry) appliesTo(role string) bool {
	return role == "" || e.roles == nil || e.roles[role]
}
