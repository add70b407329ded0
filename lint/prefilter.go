package lint

import (
	"regexp/syntax"
	"strings"
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
	info := required(re.Simplify())
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

// mayMatch reports whether the pattern can match somewhere in text.
func (p prefilter) mayMatch(text string) bool {
	if len(p.literals) == 0 {
		return true
	}
	for _, l := range p.literals {
		if strings.Contains(text, l) {
			return true
		}
	}
	return false
}

// literalInfo describes what a regular expression's matches contain:
// exact, when known, is the complete set of strings it matches; any, when
// known, is a set of which every match contains at least one.
type literalInfo struct {
	exact []string
	any   []string
}

// best returns the most selective requirement of the info: the set whose
// shortest literal is longest.
func (li literalInfo) best() []string {
	if li.exact != nil && minLen(li.exact) >= minLen(li.any) {
		return li.exact
	}
	return li.any
}

func minLen(set []string) int {
	if len(set) == 0 {
		return -1
	}
	m := len(set[0])
	for _, s := range set[1:] {
		m = min(m, len(s))
	}
	return m
}

func required(re *syntax.Regexp) literalInfo {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return literalInfo{}
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
		return literalInfo{any: required(re.Sub[0]).best()}
	case syntax.OpRepeat:
		if re.Min == 0 {
			return literalInfo{}
		}
		return literalInfo{any: required(re.Sub[0]).best()}
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

// alternateInfo: a match of a|b contains what a match of a or of b does.
func alternateInfo(subs []*syntax.Regexp) literalInfo {
	var exact, any []string
	allExact := true
	for _, s := range subs {
		info := required(s)
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
	}
	if allExact && len(exact) <= maxLiterals {
		return literalInfo{exact: exact}
	}
	if len(any) > maxLiterals {
		return literalInfo{}
	}
	return literalInfo{any: any}
}

// concatInfo: consecutive exact parts multiply out into longer literals;
// the requirement kept is the most selective one found.
func concatInfo(subs []*syntax.Regexp) literalInfo {
	run := []string{""} // cross product of the current run of exact parts
	exactSoFar := true
	var best []string
	keep := func(set []string) {
		if set != nil && minLen(set) > minLen(best) {
			best = set
		}
	}
	for _, s := range subs {
		info := required(s)
		if info.exact != nil && len(run)*len(info.exact) <= maxLiterals {
			run = cross(run, info.exact)
			continue
		}
		keep(run)
		keep(info.best())
		exactSoFar = false
		run = []string{""}
		if info.exact != nil {
			run = info.exact
		}
	}
	if exactSoFar {
		return literalInfo{exact: run}
	}
	keep(run)
	return literalInfo{any: best}
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
