package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// readTermsFile reads the domain-term list.
func readTermsFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening domain terms: %w", err)
	}
	defer f.Close()
	terms, err := readTerms(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return terms, nil
}

// readTerms returns the terms of a list with one term per line, where #
// starts a comment. A term with a space would be two dictionary fields, so
// it is an error rather than silently half-added.
func readTerms(r io.Reader) ([]string, error) {
	var terms []string
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text, _, _ := strings.Cut(sc.Text(), "#")
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		if strings.ContainsAny(text, " \t\u3000") {
			return nil, fmt.Errorf("line %d: term %q contains a space", line, text)
		}
		terms = append(terms, text)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	return terms, nil
}

// typoFile is the part of a rules/data/typo*.yaml file the generator reads.
type typoFile struct {
	Patterns map[string][]typoEntry `yaml:"patterns"`
}

type typoEntry struct {
	Literal string   `yaml:"literal"`
	Right   string   `yaml:"right"`
	Unless  []string `yaml:"unless"`
}

// typoList is the pattern list whose forms go into the dictionary. Other
// lists in the same files (typo_repeated: 的的, 局局) hold forms that must
// stay two words, or the segmenter would hide the very slip they describe.
const typoList = "typo"

// readTypoForms collects the word forms of the typo list in dataDir's
// typo*.yaml files: each literal wrong form, its right form and the words
// in which it is correct (unless). Regex entries have no fixed form and are
// skipped.
func readTypoForms(dataDir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dataDir, "typo*.yaml"))
	if err != nil {
		return nil, fmt.Errorf("listing typo lists: %w", err)
	}
	seen := map[string]bool{}
	var forms []string
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("reading typo list: %w", err)
		}
		var tf typoFile
		if err := yaml.Unmarshal(b, &tf); err != nil {
			return nil, fmt.Errorf("parsing %s: %w", file, err)
		}
		for _, e := range tf.Patterns[typoList] {
			for _, w := range append([]string{e.Literal, e.Right}, e.Unless...) {
				if isHanWord(w) && !seen[w] {
					seen[w] = true
					forms = append(forms, w)
				}
			}
		}
	}
	slices.Sort(forms)
	return forms, nil
}

// isHanWord reports whether s is a plausible dictionary word: two to eight
// Han characters. Single characters are in the general list already, and a
// replacement such as "得" or a phrase with punctuation is not a word.
func isHanWord(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 8 {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
