package lint

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// Most pattern entries cannot match most paragraphs: a collocation needs
// 本事 or 情景, a placeholder needs an X, * or _. Running every regular
// expression over every paragraph cost 30 ms on a 15 KB document, while a
// check for the literals a match must contain costs microseconds. The
// literals are derived from the pattern's syntax tree (as RE2's prefilter
// and code search's trigram index do): a match of `(?:学习|创新)本事` must
// contain 学习本事 or 创新本事, a match of `[XxＸ]{2,}` one of X, x, Ｘ.

// maxLiterals bounds the size of a literal set kept for a prefilter.
const maxLiterals = 64

// maxFoldedLiterals bounds the case variants of one case-insensitive
// literal, so that it still fits in the union of an alternation.
const maxFoldedLiterals = 16

// prefilter is a cheap test that rejects texts a pattern cannot match:
// a match must contain one of literals. An empty set rejects nothing.
type prefilter struct {
	literals []string
}

func newPrefilter(expr string) prefilter {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return prefilter{}
	}
	return prefilterOf(re)
}

// prefilterOf derives the prefilter from a parsed expression.
func prefilterOf(re *syntax.Regexp) prefilter {
	return prefilterFromInfo(required(re.Simplify()))
}

// prefilterFromInfo is the prefilter of an expression described by info.
func prefilterFromInfo(info literalInfo) prefilter {
	set := info.any
	if info.exact != nil {
		set = info.exact
	}
	for _, s := range set {
		if s == "" {
			return prefilter{} // the empty string is always present
		}
	}
	return prefilter{literals: set}
}

// literalInfo describes what a regular expression's matches contain:
// exact, when known, is the complete set of strings it matches; any, when
// known, is a set of which every match contains at least one; prefix and
// suffix, when known, are sets of which every match starts (ends) with
// one. Prefixes and suffixes let a concatenation join a repeated part to
// its neighbours: every match of [0-9]+。 contains a digit followed by 。,
// a far rarer requirement than 。 alone.
type literalInfo struct {
	exact          []string
	any            []string
	prefix, suffix []string
	// fewest is the valid requirement with the fewest literals (at least
	// one rune each) that a concatenation found, for alternations whose
	// union of best sets is too large.
	fewest []string
}

// starts returns a set every match starts with (nil when unknown).
func (li literalInfo) starts() []string {
	if li.exact != nil {
		return li.exact
	}
	return li.prefix
}

// ends returns a set every match ends with (nil when unknown).
func (li literalInfo) ends() []string {
	if li.exact != nil {
		return li.exact
	}
	return li.suffix
}

// best returns the most selective requirement of the info: the set whose
// shortest literal is longest.
func (li literalInfo) best() []string {
	if li.exact != nil && minLen(li.exact) >= minLen(li.any) {
		return li.exact
	}
	return li.any
}

// minLen is the length in runes of the shortest literal of set, -1 for
// none. Runes, not bytes: in a Chinese document a Latin letter is rarer
// than a Han character, so [Xx] is a better requirement than 个|人|年,
// which byte lengths would rank higher.
func minLen(set []string) int {
	if len(set) == 0 {
		return -1
	}
	m := utf8.RuneCountInString(set[0])
	for _, s := range set[1:] {
		m = min(m, utf8.RuneCountInString(s))
	}
	return m
}

func required(re *syntax.Regexp) literalInfo {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return foldedInfo(re.Rune)
		}
		return literalInfo{exact: []string{string(re.Rune)}}
	case syntax.OpCharClass:
		return charClassInfo(re)
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return literalInfo{exact: []string{""}}
	case syntax.OpCapture:
		return required(re.Sub[0])
	case syntax.OpPlus:
		return repeatedInfo(required(re.Sub[0]))
	case syntax.OpRepeat:
		if re.Min == 0 {
			return literalInfo{}
		}
		return repeatedInfo(required(re.Sub[0]))
	case syntax.OpQuest:
		sub := required(re.Sub[0])
		if sub.exact != nil && len(sub.exact) < maxLiterals {
			return literalInfo{exact: append([]string{""}, sub.exact...)}
		}
		return literalInfo{}
	case syntax.OpAlternate:
		return alternateInfo(re.Sub)
	case syntax.OpConcat:
		return concatInfo(re.Sub)
	}
	return literalInfo{}
}

// foldedInfo describes a case-insensitive literal such as (?i:copyright)
// or (?i:https?://): without it such patterns had no prefilter and ran on
// every paragraph. The literal matches exactly the strings built from each
// rune's case-folding orbit (k, K and the Kelvin sign K, as RE2 folds);
// when that set grows too large, the folded forms of its longest prefix
// that fits are still required, and every match starts with one.
func foldedInfo(runes []rune) literalInfo {
	set := []string{""}
	for i, r := range runes {
		variants := foldOrbit(r)
		if len(set)*len(variants) > maxFoldedLiterals {
			if i == 0 {
				return literalInfo{}
			}
			return literalInfo{any: set, prefix: set}
		}
		set = cross(set, variants)
	}
	return literalInfo{exact: set}
}

// foldOrbit returns r and every rune that simple case folding makes equal
// to it.
func foldOrbit(r rune) []string {
	out := []string{string(r)}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, string(f))
	}
	return out
}

func charClassInfo(re *syntax.Regexp) literalInfo {
	var set []string
	for i := 0; i+1 < len(re.Rune); i += 2 {
		for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
			if len(set) >= maxLiterals {
				return literalInfo{}
			}
			set = append(set, string(r))
		}
	}
	return literalInfo{exact: set}
}

// repeatedInfo: a match of x+ or x{n,m} (n ≥ 1) contains a match of x,
// starts as one and ends as one.
func repeatedInfo(sub literalInfo) literalInfo {
	return literalInfo{any: sub.best(), prefix: sub.starts(), suffix: sub.ends()}
}

// alternateInfo: a match of a|b contains what a match of a or of b does.
// When the union of the best sets is too large, the union of each
// branch's smallest set may still fit: (?i:https?://|www\.) needs 64
// exact forms of https?:// but only 16 of http.
func alternateInfo(subs []*syntax.Regexp) literalInfo {
	var exact, any, smallest []string
	infos := make([]literalInfo, 0, len(subs))
	allExact := true
	for _, s := range subs {
		info := required(s)
		infos = append(infos, info)
		if info.exact == nil {
			allExact = false
		}
		b := info.best()
		if b == nil {
			return literalInfo{}
		}
		if info.exact != nil {
			exact = append(exact, info.exact...)
		}
		any = append(any, b...)
		small := b
		for _, set := range [][]string{info.any, info.exact, info.fewest} {
			if set != nil && minLen(set) >= 1 && len(set) < len(small) {
				small = set
			}
		}
		smallest = append(smallest, small...)
	}
	if allExact && len(exact) <= maxLiterals {
		return literalInfo{exact: exact}
	}
	out := literalInfo{prefix: unionOf(infos, literalInfo.starts), suffix: unionOf(infos, literalInfo.ends)}
	if out.prefix == nil {
		// Too many starts: their first characters still start every match.
		out.prefix = unionOf(infos, func(li literalInfo) []string { return firstRunes(li.starts()) })
	}
	if any = dedupe(any); len(any) <= maxLiterals {
		out.any = any
	} else if smallest = dedupe(smallest); len(smallest) <= maxLiterals {
		out.any = smallest
	}
	return out
}

// unionOf is the union of a set taken from every branch of an alternation,
// or nil if a branch lacks it or the union is too large.
func unionOf(infos []literalInfo, set func(literalInfo) []string) []string {
	var out []string
	for _, info := range infos {
		s := set(info)
		if s == nil {
			return nil
		}
		out = append(out, s...)
	}
	if out = dedupe(out); len(out) > maxLiterals {
		return nil
	}
	return out
}

// concatInfo: consecutive exact parts multiply out into longer literals,
// and a run of them joins the start of the part after it; the requirement
// kept is the most selective one found.
func concatInfo(subs []*syntax.Regexp) literalInfo {
	run := []string{""} // cross product of the current run of exact parts
	exactSoFar := true
	var best, prefix, fewest []string
	keep := func(set []string) {
		if set != nil && moreSelective(set, best) {
			best = set
		}
		if set != nil && minLen(set) >= 1 && (fewest == nil || len(set) < len(fewest)) {
			fewest = set
		}
	}
	for _, s := range subs {
		info := required(s)
		// A part's own exact set is a requirement too, and often a better
		// one than the run it joins: 月 rather than 49 variants of
		// \s?月\s?.
		keep(info.exact)
		if info.exact != nil && len(run)*len(info.exact) <= maxLiterals {
			run = cross(run, info.exact)
			continue
		}
		joined := run
		if starts := info.starts(); starts != nil && len(run)*len(starts) <= maxLiterals {
			joined = cross(run, starts)
		}
		keep(joined)
		if exactSoFar {
			prefix = joined // the run so far began at the start of the match
		}
		keep(info.best())
		exactSoFar = false
		run = []string{""}
		if ends := info.ends(); ends != nil {
			run = ends
		}
	}
	if exactSoFar {
		// best, the most selective single part, is kept as an
		// alternative for alternations whose exact union is too large.
		return literalInfo{exact: run, any: best, fewest: fewest}
	}
	keep(run)
	return literalInfo{any: best, prefix: prefix, suffix: run, fewest: fewest}
}

// moreSelective prefers the set whose shortest literal is longer; at equal
// length, a set at least half the size (月 against 49 whitespace variants
// of 月), since each literal is another chance to pass.
func moreSelective(a, b []string) bool {
	if la, lb := minLen(a), minLen(b); la != lb {
		return la > lb
	}
	return b == nil || 2*len(a) <= len(b)
}

// firstRunes returns the first characters of the literals of set (nil
// for nil), or nil if a literal is empty.
func firstRunes(set []string) []string {
	if set == nil {
		return nil
	}
	out := make([]string, 0, len(set))
	for _, s := range set {
		_, size := utf8.DecodeRuneInString(s)
		if size == 0 {
			return nil
		}
		out = append(out, s[:size])
	}
	return dedupe(out)
}

// dedupe removes repeated literals, keeping the first of each.
func dedupe(set []string) []string {
	seen := make(map[string]bool, len(set))
	out := set[:0:0]
	for _, s := range set {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}
