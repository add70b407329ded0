package lint

import (
	"context"
	"regexp"
	"regexp/syntax"
	"testing"
)

// TestMatchesEmptyAgreesWithRegexp checks the syntax-tree test that
// replaced compiling every pattern at load against regexp itself.
func TestMatchesEmptyAgreesWithRegexp(t *testing.T) {
	exprs := []string{
		``, `a`, `a*`, `a+`, `a?`, `(?:a|)`, `(?:a|b)`, `a{0,2}`, `a{1,2}`, `(a*)+`, `^`, `$`, `^$`, `(?m)^`,
		`\A`, `\z`, `\b`, `\B`, `\bx`, `x\b`, `[a-z]*`, `[^a]`, `.`, `(?s).`, `(?:)`, `(?:^|，)`, `(?:^|，)将`,
		`[XxＸｘ]{2,}`, `(?i:copyright)?`, `(?:a*)(?:b?)`, `a*b`,
	}
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	for _, pl := range e.patterns.lists {
		for i := range pl.entries {
			if pl.entries[i].re != nil {
				exprs = append(exprs, pl.entries[i].re.String())
			}
		}
	}
	for _, expr := range exprs {
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatalf("%q: %v", expr, err)
		}
		if got, want := matchesEmpty(tree), regexp.MustCompile(expr).MatchString(""); got != want {
			t.Errorf("matchesEmpty(%q) = %v, regexp says %v", expr, got, want)
		}
	}
}

// TestParseRegexpReportsErrorsAtLoad: compiling lazily must not delay the
// errors a broken pattern causes.
func TestParseRegexpReportsErrorsAtLoad(t *testing.T) {
	for _, expr := range []string{`(?:`, `a**`, `x*`, `(?:)|a`} {
		if _, _, err := parseRegexp(expr); err == nil {
			t.Errorf("parseRegexp(%q) accepted a broken pattern or one that matches the empty string", expr)
		}
	}
	re, _, err := parseRegexp(`工会(?:组织|会员)`)
	if err != nil {
		t.Fatal(err)
	}
	if got := re.FindAllStringIndex("基层工会组织和工会会员", -1); len(got) != 2 || got[0][0] != 6 {
		t.Errorf("lazy regexp found %v", got)
	}
}
