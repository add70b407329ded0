package parser

// clauseMarkerCache remembers the enumeration markers found at the clause
// starts of each paragraph. Series are collected twice: once, with only the
// numbered headings known, to tell enumeration items from unnumbered
// headings, and once more with every heading known. The paragraphs and
// where their scans start are nearly always the same both times, and the
// scan reads every character, so the second pass reuses the first one's.
type clauseMarkerCache struct {
	entries []clauseMarkerEntry // by paragraph index
}

// clauseMarkerEntry is the scan of one paragraph from byte offset from.
type clauseMarkerEntry struct {
	scanned bool
	from    int
	found   []enumOccurrence
}

func newClauseMarkerCache(paragraphs int) *clauseMarkerCache {
	return &clauseMarkerCache{entries: make([]clauseMarkerEntry, paragraphs)}
}

// at returns clauseMarkers(p, from), scanning only when p has not been
// scanned from that offset before. The result is shared: callers must not
// modify it.
func (c *clauseMarkerCache) at(p *Paragraph, from int) []enumOccurrence {
	if c == nil || p.Index < 0 || p.Index >= len(c.entries) {
		return clauseMarkers(p, from)
	}
	e := &c.entries[p.Index]
	if !e.scanned || e.from != from {
		*e = clauseMarkerEntry{scanned: true, from: from, found: clauseMarkers(p, from)}
	}
	return e.found
}
