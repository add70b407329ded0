package lint

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Pattern lists are the bridge between word lists and rules. Every list
// under data.gwlint.patterns.<name> is an array of entries, each with either
// a `regex` (Go RE2 syntax) or a `literal`. Go finds all matches in every
// paragraph, because OPA's regex built-ins return no positions, and puts
// them in input.matches.<name>; rules decide what the matches mean, using
// the other fields of the entry (messages, exclusions, replacements).
//
// Matching is done on the simplified-normalised paragraph text (so one
// simplified list also matches traditional documents; normalisation keeps
// byte offsets) unless an entry says `on: original`. Within one list,
// overlapping matches are resolved like a tokenizer: leftmost first, then
// longest, then the earlier entry.

// contextRunes is how much text around a match rules see in before/after.
const contextRunes = 10

type patternEntry struct {
	index  int
	re     *lazyRegexp
	filter prefilter
	// starts, when set, runs re only where a match can start (matchstart.go).
	starts *startMatcher
	// class, when set, is a class of characters one of which every match
	// contains (for an entry with no prefilter literal; scanclass.go).
	class    []rune
	literal  string
	original bool
	// words asks for word-boundary facts: whether the match starts and
	// ends at a token boundary of the segmented paragraph (二个 is wrong in
	// 成立二个小组 but not inside 十二个).
	words bool
	// unless lists words in which the form is correct (帐 in 帐篷, 蚊帐):
	// a match overlapped by an occurrence of one of them is dropped.
	unless []string
	// roles, when set, restricts the entry to paragraphs of these roles
	// (preamble: the lines before the title). It is applied before
	// overlaps are resolved, so an entry that cannot apply to a paragraph
	// never hides another entry's match there.
	roles map[string]bool
}

type patternList struct {
	name    string
	entries []patternEntry
}

// compilePatterns reads data.gwlint.patterns.
func compilePatterns(data map[string]any) ([]patternList, error) {
	raw, _ := data["patterns"].(map[string]any)
	names := make([]string, 0, len(raw))
	for n := range raw {
		names = append(names, n)
	}
	sort.Strings(names)
	var lists []patternList
	for _, name := range names {
		items, ok := raw[name].([]any)
		if !ok {
			return nil, fmt.Errorf("data gwlint.patterns.%s: want a list of entries", name)
		}
		pl := patternList{name: name}
		for i, it := range items {
			e, err := compileEntry(it)
			if err != nil {
				return nil, fmt.Errorf("data gwlint.patterns.%s[%d]: %w", name, i, err)
			}
			e.index = i
			pl.entries = append(pl.entries, e)
		}
		lists = append(lists, pl)
	}
	return lists, nil
}

func compileEntry(it any) (patternEntry, error) {
	m, ok := it.(map[string]any)
	if !ok {
		return patternEntry{}, fmt.Errorf("entry must be a mapping")
	}
	var e patternEntry
	if on, _ := m["on"].(string); on == "original" {
		e.original = true
	} else if on != "" && on != "simplified" {
		return e, fmt.Errorf("on: %q (want simplified or original)", on)
	}
	if b, _ := m["boundary"].(string); b == "word" {
		e.words = true
	} else if b != "" {
		return e, fmt.Errorf("boundary: %q (want word)", b)
	}
	if list, ok := m["roles"].([]any); ok {
		e.roles = map[string]bool{}
		for _, r := range list {
			if rs, ok := r.(string); ok {
				e.roles[rs] = true
			}
		}
	}
	if list, ok := m["unless"].([]any); ok {
		for _, w := range list {
			if ws, ok := w.(string); ok && ws != "" {
				e.unless = append(e.unless, ws)
			}
		}
	}
	rx, hasRx := m["regex"].(string)
	lit, hasLit := m["literal"].(string)
	switch {
	case hasRx && hasLit:
		return e, fmt.Errorf("has both regex and literal")
	case hasRx:
		re, tree, err := parseRegexp(rx)
		if err != nil {
			return e, err
		}
		info := required(tree.Simplify())
		e.re = re
		e.filter = prefilterFromInfo(info)
		e.starts = newStartMatcher(rx, tree, info)
		if len(e.filter.literals) == 0 && e.starts == nil {
			e.class = requiredClass(tree.Simplify())
		}
	case hasLit && lit != "":
		e.literal = lit
	default:
		return e, fmt.Errorf("needs a regex or a non-empty literal")
	}
	return e, nil
}

// textMatch is one match in a paragraph's text (byte offsets into it).
type textMatch struct {
	entry      int
	start, end int
}

// find returns the resolved matches of the list in text (original) and its
// simplified form norm (same byte offsets).
func (pl *patternList) find(text, norm string) []textMatch {
	return pl.findIn(text, norm, "")
}

// findIn is find for a paragraph of the given role ("" = any role). The
// engine scans all lists at once (scan.go); this is the same scan for one.
func (pl *patternList) findIn(text, norm, role string) []textMatch {
	return newScanner(newPatternSet([]patternList{*pl})).scan(text, norm, role)[0]
}

// excused reports whether one of the entry's unless words occurs in hay
// overlapping [start, end).
func (e *patternEntry) excused(hay string, start, end int) bool {
	for _, w := range e.unless {
		lo := start - len(w) + 1
		if lo < 0 {
			lo = 0
		}
		hi := end + len(w) - 1
		if hi > len(hay) {
			hi = len(hay)
		}
		for _, i := range indexAll(hay[lo:hi], w) {
			if lo+i < end && lo+i+len(w) > start {
				return true
			}
		}
	}
	return false
}

// indexAll returns the byte offsets of the non-overlapping occurrences of
// sub in s.
func indexAll(s, sub string) []int {
	var out []int
	for off := 0; off <= len(s)-len(sub); {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			break
		}
		out = append(out, off+i)
		off += i + len(sub)
	}
	return out
}

// resolveOverlaps keeps, scanning left to right, the longest match at each
// start and drops matches overlapping one already kept.
func resolveOverlaps(ms []textMatch) []textMatch {
	if len(ms) < 2 {
		return ms
	}
	sort.Slice(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end > b.end
		}
		return a.entry < b.entry
	})
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.start < end {
			continue
		}
		out = append(out, m)
		end = m.end
	}
	return out
}

// around returns up to n runes of s before byte offset start and after end.
func around(s string, start, end, n int) (string, string) {
	b := start
	for i := 0; i < n && b > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(s[:b])
		b -= size
	}
	a := end
	for i := 0; i < n && a < len(s); i++ {
		_, size := utf8.DecodeRuneInString(s[a:])
		a += size
	}
	return s[b:start], s[end:a]
}
