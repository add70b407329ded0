package lint

import (
	"reflect"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

func mustParse(t *testing.T, expr string) *syntax.Regexp {
	t.Helper()
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

func startMatcherOf(t *testing.T, expr string) *startMatcher {
	t.Helper()
	tree := mustParse(t, expr)
	return newStartMatcher(expr, tree, required(tree.Simplify()))
}

// candidatesOf returns every offset of text where a start literal occurs.
func candidatesOf(m *startMatcher, text string) []int {
	var out []int
	for off := 0; off < len(text); off++ {
		for _, lit := range m.literals {
			if strings.HasPrefix(text[off:], lit) {
				out = append(out, off)
				break
			}
		}
	}
	return out
}

// TestStartMatcherAgreesWithFindAll: matching at the candidate starts
// finds what a search of the whole text finds.
func TestStartMatcherAgreesWithFindAll(t *testing.T) {
	exprs := []string{
		`[XxＸｘ×]{2,}`, `团体(?:协商|合同)`, `(?:19|20)(?:[Xx_]{2}|○○)\s?年?`, `[*＊]+`,
		`存在[^。；！？\n]{0,14}(?:问题|不足)`, `(?:还|仍)(?:存在|有)(?:着)?(?:一些)?(?:问题|不足)`,
		`[*＊Xx]{1,4}\s?年\s?[*＊Xx0-9]{1,2}\s?月`, `(?:开展|做)的(?:还很?)?(?:不够|很好)`,
		`[0-9０-９]+。[0-9０-９]+`, `(?i:copyright)\s*[0-9]{4}`, `(?:ab|cd)+x`, `x(?:ab|cd){2}`,
		`“[\s　]*”`, `问题$`, `[Xx](?:年|月)`, `第[0-9]{1,4}页[^页]{0,3}共`, `a(?:b|bc)`, `a[^x]{0,2}`,
		// too many start literals: their first characters stand in
		`【(?:篇|范文|精选范文)[一二三四五六七八九十0-9]{1,3}】|(?:篇|范文)[一二三四五六七八九十0-9]{1,3}[:：]|第[一二三四五六七八九十0-9]{1,3}篇`,
	}
	texts := []string{
		"XXX县总工会xx", "推行工资团体协商，签订团体合同", "20__年、19○○年、20XX 年", "党员**人，***", "",
		"存在的主要问题和不足；存在问题", "还存在着一些问题，仍有不足", "XX年X月，** 年 3 月", "做的还很不够，开展的很好",
		"增长3。5个百分点，１２。５", "COPYRIGHT 2024 copyright2023", "ababx cdx abx", "xabcd xab",
		"“ ”“　　”“x”", "存在问题", "X年X月Xx月", "第3页，共5页 第12页共", "abc abcabc", "a\xffb a中文a",
		"【篇二】正文 范文3：第十篇 【精选范文12】",
	}
	for _, expr := range exprs {
		m := startMatcherOf(t, expr)
		if m == nil {
			t.Errorf("%q: no start matcher", expr)
			continue
		}
		re := regexp.MustCompile(expr)
		for _, text := range texts {
			var want [][2]int
			for _, loc := range re.FindAllStringIndex(text, -1) {
				want = append(want, [2]int{loc[0], loc[1]})
			}
			if got := m.findAll(text, candidatesOf(m, text), nil); !reflect.DeepEqual(got, want) {
				t.Errorf("%q in %q: got %v, want %v", expr, text, got, want)
			}
		}
	}
}

// TestStartMatcherDeclines lists expressions that candidate starts cannot
// stand in for.
func TestStartMatcherDeclines(t *testing.T) {
	for expr, why := range map[string]string{
		`^第[0-9]+页`:            "anchored at the start of the text",
		`\b本稿件`:                "looks left of the match",
		`(?:^|，)将继续`:           "looks left of the match",
		`[^，。]{0,8}将继续`:        "no start literal",
		`\x{FFFD}+`:            "starts with U+FFFD, which a byte that is not UTF-8 also matches",
		`[\x{E000}-\x{F8FF}]+`: "too many start characters",
	} {
		if m := startMatcherOf(t, expr); m != nil {
			t.Errorf("%q: got a start matcher %q, want none (%s)", expr, m.literals, why)
		}
	}
}

func TestMatchLengthBounds(t *testing.T) {
	for _, tc := range []struct {
		expr            string
		minRunes, bytes int
		left, right     bool
	}{
		{`年`, 1, 4, false, false},
		{`[0-9]{1,3}，`, 2, 16, false, false},
		{`(?:问题|不足之处)和?`, 2, 20, false, false},
		{`a+b`, 2, -1, false, false},
		{`a?b*`, 0, -1, false, false},
		{`^年`, 1, 4, true, false},
		{`年$`, 1, 4, false, true},
		{`\b年`, 1, 4, true, true},
		{`(?i:page)\s*[0-9]{1,4}`, 5, -1, false, false},
	} {
		tree := mustParse(t, tc.expr)
		if got := minRunes(tree); got != tc.minRunes {
			t.Errorf("minRunes(%q) = %d, want %d", tc.expr, got, tc.minRunes)
		}
		if got := maxBytes(tree); got != tc.bytes {
			t.Errorf("maxBytes(%q) = %d, want %d", tc.expr, got, tc.bytes)
		}
		if got := looksLeft(tree); got != tc.left {
			t.Errorf("looksLeft(%q) = %v", tc.expr, got)
		}
		if got := looksRight(tree); got != tc.right {
			t.Errorf("looksRight(%q) = %v", tc.expr, got)
		}
	}
}
