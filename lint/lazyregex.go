package lint

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"sync"
)

// Compiling the ~700 regular expressions of the built-in pattern lists
// took a sixth of every process's start-up, while a typical document
// reaches the matcher of only a fraction of them (the prefilter rejects
// the rest). So a pattern is parsed at load time, which finds every syntax
// error and the empty-match mistake, and compiled on first use.

// lazyRegexp is a regular expression compiled when first needed. It is
// safe for concurrent use.
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// parseRegexp checks expr as regexp.Compile would and returns it ready to
// compile lazily, with its syntax tree for the prefilter.
func parseRegexp(expr string) (*lazyRegexp, *syntax.Regexp, error) {
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, nil, fmt.Errorf("regex: %w", err)
	}
	if matchesEmpty(tree) {
		return nil, nil, fmt.Errorf("regex %q matches the empty string", expr)
	}
	return &lazyRegexp{expr: expr}, tree, nil
}

// get returns the compiled expression, or nil in the case that cannot
// happen (the expression parsed at load, so it compiles): a nil expression
// matches nothing rather than stopping the run.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() {
		l.re, _ = regexp.Compile(l.expr)
	})
	return l.re
}

// FindAllStringIndex is regexp.Regexp's, compiling first if needed.
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	if re := l.get(); re != nil {
		return re.FindAllStringIndex(s, n)
	}
	return nil
}

// MatchString is regexp.Regexp's, compiling first if needed.
func (l *lazyRegexp) MatchString(s string) bool {
	re := l.get()
	return re != nil && re.MatchString(s)
}

// String returns the source text of the expression.
func (l *lazyRegexp) String() string { return l.expr }

// matchesEmpty reports whether re matches the empty text, which is what
// regexp's MatchString("") answers: on an empty text every assertion but
// \b holds and no character can be consumed.
func matchesEmpty(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpNoWordBoundary, syntax.OpStar, syntax.OpQuest:
		return true
	case syntax.OpLiteral:
		return len(re.Rune) == 0
	case syntax.OpCapture, syntax.OpPlus:
		return matchesEmpty(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min == 0 || matchesEmpty(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !matchesEmpty(sub) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if matchesEmpty(sub) {
				return true
			}
		}
		return false
	}
	return false // character classes, any character, \b, no match
}
