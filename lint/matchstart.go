package lint

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// FindAllStringIndex on a whole paragraph made the regular expressions
// two thirds of the matching time, although a typical entry matches a
// paragraph nowhere: the backtracker tries a match at every rune of the
// paragraph and clears its visited bitmap (program size × text length)
// on every call. Yet almost every entry's matches start with one of a
// few literals (还有 or 仍存在 for `(?:还|仍)(?:存在|有)…`), and the
// trigger scan already walks the paragraph looking for literals. So the
// scan also records where an entry's start literals occur, and the
// expression, anchored, is tried only there, on a window no longer than
// its longest match.
//
// This finds exactly what FindAllStringIndex finds, provided that
//   - every match starts with one of the start literals, which do not
//     hold U+FFFD (the regexp package reads a byte that is not UTF-8 as
//     U+FFFD; the trigger scan compares bytes);
//   - no match is empty, so FindAll's search is "the leftmost match at or
//     after the end of the previous one", and the leftmost match is the
//     anchored match at the first candidate where there is one;
//   - the expression never looks left of where a match starts (^, \b,
//     \B), which the anchored expression, seeing the text from the
//     candidate on, could not answer as the whole text would.
//
// The window is cut only for expressions that never look at the text
// after a match ($) and whose matches have a bounded length; the bound
// counts four bytes for every rune, so a window never ends inside a rune
// that a match could read.

// maxStartLiterals bounds the start literals of one entry: each is a
// trigger the scan checks, and a large set means frequent candidates.
const maxStartLiterals = 64

// startMatcher matches an entry's expression at candidate starts.
type startMatcher struct {
	// literals are the strings every match starts with.
	literals []string
	// anchored is the expression anchored at the start of its text.
	anchored *lazyRegexp
	// window is the longest match in bytes, or -1 for no bound.
	window int
}

// newStartMatcher returns the start matcher of expr (parsed as tree), or
// nil when candidate starts cannot stand in for a search of the whole
// text.
func newStartMatcher(expr string, tree *syntax.Regexp, info literalInfo) *startMatcher {
	starts := info.starts()
	if len(starts) == 0 || len(starts) > maxStartLiterals || looksLeft(tree) || minRunes(tree) == 0 {
		return nil
	}
	for _, s := range starts {
		// A candidate is found by comparing bytes, but the regexp package
		// reads a byte that is not UTF-8 as U+FFFD: an expression that
		// may start with U+FFFD would match where no candidate is.
		if s == "" || strings.ContainsRune(s, utf8.RuneError) {
			return nil
		}
	}
	window := -1
	if !looksRight(tree) {
		window = maxBytes(tree)
	}
	return &startMatcher{literals: dedupe(starts), anchored: &lazyRegexp{expr: `^(?:` + expr + `)`}, window: window}
}

// maxUnboundedCandidates bounds the candidates of an expression whose
// matches have no bounded length (x+, x*): each attempt may read to the
// end of the paragraph, so many of them (a run of a thousand digits for
// [0-9]+。[0-9]+) would cost quadratic time, where one search of the
// whole text, whose backtracker visits each position once, is linear.
const maxUnboundedCandidates = 16

// worthIt reports whether matching at n candidates beats one search of
// the whole text; the results are the same either way.
func (m *startMatcher) worthIt(n int) bool {
	return m.window >= 0 || n <= maxUnboundedCandidates
}

// matchAt returns the end of the anchored match at start, or -1.
func (m *startMatcher) matchAt(hay string, start int) int {
	text := hay[start:]
	if m.window >= 0 && len(text) > m.window {
		text = text[:m.window]
	}
	re := m.anchored.get()
	if re == nil {
		return -1
	}
	loc := re.FindStringIndex(text)
	if loc == nil {
		return -1
	}
	return start + loc[1]
}

// findAll returns what FindAllStringIndex(hay, -1) returns, given the
// ascending offsets in hay where a start literal occurs, appending the
// matches as [start, end) pairs to out.
func (m *startMatcher) findAll(hay string, candidates []int, out [][2]int) [][2]int {
	from := 0 // the end of the previous match
	for _, c := range candidates {
		if c < from {
			continue
		}
		if end := m.matchAt(hay, c); end >= 0 {
			out = append(out, [2]int{c, end})
			from = end
		}
	}
	return out
}

// looksLeft reports whether re has an assertion about the text before a
// position (^ or \b), which a match attempt on a suffix cannot answer.
func looksLeft(re *syntax.Regexp) bool {
	return hasOp(re, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpWordBoundary, syntax.OpNoWordBoundary)
}

// looksRight reports whether re has an assertion about the text after a
// position ($ or \b), which a match attempt on a cut window cannot answer.
func looksRight(re *syntax.Regexp) bool {
	return hasOp(re, syntax.OpEndLine, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary)
}

// hasOp reports whether re or one of its subexpressions is one of ops.
func hasOp(re *syntax.Regexp, ops ...syntax.Op) bool {
	if slices.Contains(ops, re.Op) {
		return true
	}
	for _, sub := range re.Sub {
		if hasOp(sub, ops...) {
			return true
		}
	}
	return false
}

// minRunes is the fewest runes a match of re consumes.
func minRunes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minRunes(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minRunes(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minRunes(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if m := minRunes(sub); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	case syntax.OpNoMatch:
		return 1 // never matches, so never matches empty
	}
	return 0 // assertions, the empty match, x* and x?
}

// maxBytes bounds the length in bytes of a match of re, counting four
// bytes (the longest UTF-8 encoding) for every rune; -1 for no bound.
func maxBytes(re *syntax.Regexp) int {
	const runeBytes = 4
	switch re.Op {
	case syntax.OpLiteral:
		return runeBytes * len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return runeBytes
	case syntax.OpCapture, syntax.OpQuest:
		return maxBytes(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		return -1
	case syntax.OpRepeat:
		sub := maxBytes(re.Sub[0])
		if re.Max < 0 || sub < 0 {
			return -1
		}
		return re.Max * sub
	case syntax.OpConcat, syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			m := maxBytes(sub)
			if m < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				n += m
			} else {
				n = max(n, m)
			}
		}
		return n
	}
	return 0 // assertions, the empty match, no match
}
