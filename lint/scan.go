package lint

// A document is matched against some 800 entries in 20 pattern lists.
// Scanning each paragraph once per list (and once more per list for the
// prefilters of its regular expressions) made the scans cost more than
// the regular expressions themselves, so patternSet indexes the literal
// entries and the prefilter literals of all lists together: one pass over
// a paragraph's simplified text and one over its original text find every
// literal match and every regex that can match.
//
// The pass walks a trie of the triggers (scantrie.go), also notes where
// matches of regex entries may start, which is the only place they are
// then tried (matchstart.go), and tests the characters of the few entries
// that have no literal at all against their classes (scanclass.go). Only
// the regex entries so flagged run: a paragraph typically reaches a
// handful of the 150.

// trigger is a literal that, found in a paragraph, is a match of a
// literal entry, a sign that a regex entry may match, or a place where a
// match of a regex entry may start.
type trigger struct {
	list, entry int
	literal     string
	kind        triggerKind
}

type triggerKind uint8

const (
	literalMatch triggerKind = iota // the literal of a literal entry
	regexHint                       // a literal of a regex entry's prefilter
	regexStart                      // a literal a regex entry's matches start with
)

// scanIndex is what to look for in one text of a paragraph (simplified
// or original).
type scanIndex struct {
	triggers triggerTrie
	classes  classHints
}

// patternSet is every pattern list of the engine, indexed for scanning.
type patternSet struct {
	lists []patternList
	// simplified and original index the triggers to look for in the
	// simplified and the original text of a paragraph.
	simplified, original scanIndex
	// first[l] is the position of list l's first entry in a flat
	// numbering of all entries (for the per-paragraph candidate marks).
	first []int
	total int
	// owner is, by flat entry number, the entry's list and index.
	owner []entryRef
	// unfiltered are the regex entries the scan cannot rule out: they
	// run on every paragraph.
	unfiltered []int
}

type entryRef struct{ list, entry int }

// entry returns the entry of flat number flat.
func (s *patternSet) entry(flat int) *patternEntry {
	ref := s.owner[flat]
	return &s.lists[ref.list].entries[ref.entry]
}

func newPatternSet(lists []patternList) *patternSet {
	s := &patternSet{lists: lists, first: make([]int, len(lists))}
	for l := range lists {
		s.first[l] = s.total
		s.total += len(lists[l].entries)
		for i := range lists[l].entries {
			e := &lists[l].entries[i]
			s.owner = append(s.owner, entryRef{l, i})
			if e.re != nil && !e.gated() && e.starts == nil {
				s.unfiltered = append(s.unfiltered, s.first[l]+i)
			}
			ix := &s.simplified
			if e.original {
				ix = &s.original
			}
			if e.re == nil {
				ix.triggers.add(trigger{list: l, entry: i, literal: e.literal, kind: literalMatch})
				continue
			}
			for _, lit := range e.filter.literals {
				ix.triggers.add(trigger{list: l, entry: i, literal: lit, kind: regexHint})
			}
			if e.starts != nil {
				for _, lit := range e.starts.literals {
					ix.triggers.add(trigger{list: l, entry: i, literal: lit, kind: regexStart})
				}
			}
			if e.class != nil {
				ix.classes.add(s.first[l]+i, e.class)
			}
		}
	}
	s.simplified.triggers.seal()
	s.original.triggers.seal()
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
	// starts holds, by flat entry number, the ascending offsets where a
	// start literal of a regex entry occurs in the current paragraph;
	// started lists the entries to clear before the next one.
	starts  [][]int
	started []int
	locs    [][2]int
}

func newScanner(set *patternSet) *scanner {
	return &scanner{
		set: set, found: make([][]textMatch, len(set.lists)),
		possible: make([]bool, set.total), starts: make([][]int, set.total),
	}
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
	for _, i := range sc.started {
		sc.starts[i] = sc.starts[i][:0]
	}
	sc.started = sc.started[:0]
	sc.scanTriggers(norm, role, &sc.set.simplified)
	sc.scanTriggers(text, role, &sc.set.original)
	for _, flat := range sc.marked {
		// A marked entry with start literals needs a candidate as well.
		if e := sc.set.entry(flat); e.starts == nil || len(sc.starts[flat]) > 0 {
			sc.runRegex(flat, text, norm, role)
		}
	}
	for _, flat := range sc.started {
		if !sc.set.entry(flat).gated() { // gated ones were run if marked
			sc.runRegex(flat, text, norm, role)
		}
	}
	for _, flat := range sc.set.unfiltered {
		sc.runRegex(flat, text, norm, role)
	}
	for l := range sc.found {
		sc.found[l] = resolveOverlaps(sc.found[l])
	}
	return sc.found
}

// runRegex finds the matches of regex entry flat in a paragraph.
func (sc *scanner) runRegex(flat int, text, norm, role string) {
	ref := sc.set.owner[flat]
	e := &sc.set.lists[ref.list].entries[ref.entry]
	if !e.appliesTo(role) {
		return
	}
	hay := norm
	if e.original {
		hay = text
	}
	sc.locs = sc.locs[:0]
	if candidates := sc.starts[flat]; e.starts != nil && e.starts.worthIt(len(candidates)) {
		sc.locs = e.starts.findAll(hay, candidates, sc.locs)
	} else {
		for _, loc := range e.re.FindAllStringIndex(hay, -1) {
			sc.locs = append(sc.locs, [2]int{loc[0], loc[1]})
		}
	}
	for _, loc := range sc.locs {
		if loc[1] > loc[0] && !e.excused(hay, loc[0], loc[1]) {
			sc.found[ref.list] = append(sc.found[ref.list], textMatch{e.index, loc[0], loc[1]})
		}
	}
}

// scanTriggers walks hay once, recording literal matches, marking the
// regex entries whose prefilter literals occur and noting where matches
// of regex entries may start.
func (sc *scanner) scanTriggers(hay, role string, ix *scanIndex) {
	tr, classes := &ix.triggers, &ix.classes
	hasTriggers := !tr.empty()
	if !hasTriggers && len(classes.hints) == 0 {
		return
	}
	var off int
	found := func(t *trigger) {
		flat := sc.set.first[t.list] + t.entry
		switch t.kind {
		case regexHint:
			sc.markPossible(flat)
		case regexStart:
			sc.addStart(flat, off)
		default:
			e := &sc.set.lists[t.list].entries[t.entry]
			if e.appliesTo(role) && !e.excused(hay, off, off+len(t.literal)) {
				sc.found[t.list] = append(sc.found[t.list], textMatch{e.index, off, off + len(t.literal)})
			}
		}
	}
	for off < len(hay) {
		r, ok := threeByteRuneAt(hay, off)
		size := 3
		if !ok {
			r, size = decodeRuneAt(hay, off)
		}
		if hasTriggers && tr.rootChild(r) != 0 {
			tr.each(hay, off, r, size, found)
		}
		// A byte that is not UTF-8 is U+FFFD here, as for the regexp
		// package, so it counts for a class that has U+FFFD.
		if classes.mayHit(r) {
			for _, h := range classes.hints {
				if inClass(h.class, r) {
					sc.markPossible(h.flat)
				}
			}
		}
		off += size
	}
}

// markPossible records that regex entry flat may match the paragraph.
func (sc *scanner) markPossible(flat int) {
	if !sc.possible[flat] {
		sc.possible[flat] = true
		sc.marked = append(sc.marked, flat)
	}
}

// addStart records that a match of regex entry flat may start at off.
// Offsets arrive in ascending order; several start literals of one entry
// may begin at the same offset.
func (sc *scanner) addStart(flat, off int) {
	offs := sc.starts[flat]
	switch {
	case len(offs) == 0:
		sc.started = append(sc.started, flat)
	case offs[len(offs)-1] == off:
		return
	}
	sc.starts[flat] = append(offs, off)
}

// gated reports whether the scan finds, for a regex entry, whether the
// entry may match a paragraph at all: the entry runs only where it did.
func (e *patternEntry) gated() bool {
	return len(e.filter.literals) > 0 || e.class != nil
}

// appliesTo reports whether the entry applies to a paragraph of the role
// ("" = any role).
func (e *patternEntry) appliesTo(role string) bool {
	return role == "" || e.roles == nil || e.roles[role]
}
