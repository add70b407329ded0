package lint

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
)

// naiveFind is the plain definition of a list's matches that the scanner
// (trigger trie, start candidates, required classes) must reproduce: every
// entry whose prefilter passes searched over the whole text, literals at
// every occurrence, then exclusions and overlap resolution. (The
// prefilter stays: a text that is not UTF-8 may hold a match of \x{FFFD}
// without the literal U+FFFD, and gwlint has always skipped it.)
func naiveFind(pl *patternList, text, norm, role string) []textMatch {
	var ms []textMatch
	for i := range pl.entries {
		e := &pl.entries[i]
		if !e.appliesTo(role) {
			continue
		}
		hay := norm
		if e.original {
			hay = text
		}
		var locs [][2]int
		if e.re != nil {
			if !e.filter.mayMatch(hay) {
				continue
			}
			for _, loc := range e.re.get().FindAllStringIndex(hay, -1) {
				locs = append(locs, [2]int{loc[0], loc[1]})
			}
		} else {
			for off := 0; ; off++ {
				i := strings.Index(hay[off:], e.literal)
				if i < 0 {
					break
				}
				off += i
				locs = append(locs, [2]int{off, off + len(e.literal)})
			}
		}
		for _, loc := range locs {
			if loc[1] > loc[0] && !e.excused(hay, loc[0], loc[1]) {
				ms = append(ms, textMatch{e.index, loc[0], loc[1]})
			}
		}
	}
	return resolveOverlaps(ms)
}

// corpusParagraphs returns the lines of the clean corpus, the samples and
// (when present) the reference documents, plus texts for the edge cases
// of the scan: bytes that are not UTF-8, private-use and astral
// characters, and matches at both ends of a text.
func corpusParagraphs(t *testing.T) []string {
	t.Helper()
	root := testenv.RepoRoot(t)
	var files []string
	for _, pattern := range []string{"testdata/clean/*.txt", "testdata/samples/*", "../shared/seeds/*.txt"} {
		found, _ := filepath.Glob(filepath.Join(root, pattern))
		files = append(files, found...)
	}
	paragraphs := []string{
		"\xe5\x85\xb1支出\xff元\xe4整", "XX年\xe4X月\xb8X日", "转载请注明出处\xef\xbf", "\ue000\ue001文字\U000F0001",
		"𠀋𠀋年××月", "****年*月**日", "（ ）【】“”", "第3页共10页", "&nbsp;&amp;", "xx", "共支出元整",
		// more candidates than an unbounded expression is tried at
		strings.Repeat("1", 40) + "。5，增长3。5个百分点", strings.Repeat("“ ”（）", 20),
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		paragraphs = append(paragraphs, strings.Split(string(data), "\n")...)
	}
	return paragraphs
}

// TestScannerAgreesWithNaiveSearch checks every built-in list on the
// corpus against naiveFind, for every role a rule distinguishes.
func TestScannerAgreesWithNaiveSearch(t *testing.T) {
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	sc := newScanner(e.patterns)
	matches := 0
	for _, text := range corpusParagraphs(t) {
		norm := toSimplified(text)
		for _, role := range []string{"", "body", "preamble"} {
			got := sc.scan(text, norm, role)
			for l := range e.patterns.lists {
				pl := &e.patterns.lists[l]
				want := naiveFind(pl, text, norm, role)
				matches += len(want)
				if len(want) == 0 && len(got[l]) == 0 {
					continue
				}
				if !reflect.DeepEqual(got[l], want) {
					t.Errorf("%s in %q (role %q):\n got %v\nwant %v", pl.name, text, role, got[l], want)
				}
			}
		}
	}
	if matches == 0 {
		t.Fatal("no pattern matched the corpus")
	}
}
