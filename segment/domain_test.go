package segment

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// minDomainTerms is the size the domain-term list must keep: the issue asks
// for at least 200 terms of the genre.
const minDomainTerms = 200

// readDomainTerms reads domain-terms.txt the way the generator does.
func readDomainTerms(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("domain-terms.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var terms []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.TrimSpace(line); line != "" {
			terms = append(terms, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return terms
}

func TestDomainTermListIsLargeAndUnique(t *testing.T) {
	terms := readDomainTerms(t)
	if len(terms) < minDomainTerms {
		t.Errorf("domain-terms.txt has %d terms, want at least %d", len(terms), minDomainTerms)
	}
	seen := map[string]bool{}
	for _, term := range terms {
		if seen[term] {
			t.Errorf("duplicate domain term %q", term)
		}
		seen[term] = true
	}
}

// Each domain term must come out as one word inside a sentence, between
// ordinary words on both sides, not only when it stands alone.
func TestDomainTermsSegmentAsOneWord(t *testing.T) {
	for _, term := range readDomainTerms(t) {
		sentence := "今年以来，" + term + "得到加强。"
		words := Words(sentence)
		found := false
		for _, w := range words {
			if w == term {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%q is split in %q: %s", term, sentence, strings.Join(words, "|"))
		}
	}
}

// The generated dictionary must include every domain term; a stale
// dict.txt means someone edited the list without running go generate.
func TestDictionaryIsUpToDateWithTheTermList(t *testing.T) {
	words := map[string]bool{}
	for line := range strings.Lines(stripComments(dictText)) {
		if w, _, ok := strings.Cut(line, " "); ok {
			words[w] = true
		}
	}
	for _, term := range readDomainTerms(t) {
		if !words[term] {
			t.Errorf("dict.txt lacks domain term %q: run go generate ./segment", term)
		}
	}
}
