package lint

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
)

// Every entry of the wording word lists is exercised by a generated test:
// the wrong form in a carrier sentence must be flagged, the corrected form
// must not, and neither may any context the entry declares correct
// (unless). A list entry is a claim about Chinese usage; this is what
// checks that the engine, the rule and the data agree on it.
//
// To keep the suite fast, each list's carriers go into one document per
// kind (wrong, corrected, unless), linted once with only the list's rule
// enabled; findings are then assigned back to their carrier by offset.

// wordList names a data file, its pattern list and the rule that reads it.
type wordList struct {
	file, list, rule string
	minEntries       int
}

var wordLists = []wordList{
	{file: "typo.yaml", list: "typo", rule: "wording/typo", minEntries: 300},
	{file: "typo-repeated.yaml", list: "typo_repeated", rule: "wording/repeated-char", minEntries: 20},
	{file: "collocation.yaml", list: "collocation", rule: "wording/collocation", minEntries: 20},
	{file: "redundancy.yaml", list: "redundancy", rule: "wording/redundancy", minEntries: 20},
}

// listEntry holds the fields of an entry that the tests use.
type listEntry struct {
	Literal  string   `yaml:"literal"`
	Regex    string   `yaml:"regex"`
	Right    *string  `yaml:"right"`
	Replace  []string `yaml:"replace"`
	Spun     string   `yaml:"spun"`
	Original string   `yaml:"original"`
	Example  string   `yaml:"example"`
	Unless   []string `yaml:"unless"`
	Source   string   `yaml:"source"`
}

// name identifies an entry in test names.
func (e listEntry) name() string {
	if e.Literal != "" {
		return e.Literal
	}
	return e.Example
}

// wrong is the text holding the wrong form.
func (e listEntry) wrong() string {
	if e.Example != "" {
		return e.Example
	}
	return e.Literal
}

// corrected is wrong() with the entry's correction applied.
func (e listEntry) corrected() (string, error) {
	switch {
	case e.Literal != "" && e.Right != nil:
		return strings.Replace(e.wrong(), e.Literal, *e.Right, 1), nil
	case len(e.Replace) == 2:
		return strings.Replace(e.Example, e.Replace[0], e.Replace[1], 1), nil
	case e.Spun != "" && e.Original != "":
		return strings.Replace(e.Example, e.Spun, e.Original, 1), nil
	}
	return "", fmt.Errorf("entry %q has no correction (right, replace or spun/original)", e.name())
}

// carrier puts a phrase in a sentence of the genre, between commas so
// that the phrase's word boundaries do not depend on its neighbours.
func carrier(phrase string) string {
	return "今年以来，" + phrase + "，各项工作稳步推进。"
}

func TestWordListEntries(t *testing.T) {
	for _, wl := range wordLists {
		t.Run(wl.list, func(t *testing.T) {
			data, entries := loadWordList(t, wl)
			if len(entries) < wl.minEntries {
				t.Errorf("%s has %d entries, want at least %d", wl.file, len(entries), wl.minEntries)
			}
			checkEntryFields(t, wl, data, entries)
			e := onlyRule(t, wl.rule)

			var wrong, fixed []string
			var unless [][]string
			for _, en := range entries {
				wrong = append(wrong, carrier(en.wrong()))
				c, err := en.corrected()
				if err != nil {
					t.Fatal(err)
				}
				fixed = append(fixed, carrier(c))
				var us []string
				for _, u := range en.Unless {
					us = append(us, carrier(u))
				}
				unless = append(unless, us)
			}
			wrongHits := lintCarriers(t, e, wrong)
			fixedHits := lintCarriers(t, e, fixed)
			unlessHits := lintCarriers(t, e, flatten(unless))

			next := 0
			for i, en := range entries {
				t.Run(en.name(), func(t *testing.T) {
					if !flagsPhrase(wrongHits[i], en.wrong()) {
						t.Errorf("%q not flagged in %q (findings: %v)", en.wrong(), wrong[i], texts(wrongHits[i]))
					}
					if len(fixedHits[i]) > 0 {
						t.Errorf("corrected text %q flagged: %v", fixed[i], texts(fixedHits[i]))
					}
					for j, u := range en.Unless {
						if hits := unlessHits[next+j]; len(hits) > 0 {
							t.Errorf("unless context %q flagged: %v", u, texts(hits))
						}
					}
				})
				next += len(en.Unless)
			}
		})
	}
}

// loadWordList reads a data file and the entries of its list.
func loadWordList(t *testing.T, wl wordList) (map[string]any, []listEntry) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "rules", "data", wl.file))
	if err != nil {
		t.Fatal(err)
	}
	var data map[string]any
	if err := yaml.Unmarshal(b, &data); err != nil {
		t.Fatalf("%s: %v", wl.file, err)
	}
	var typed struct {
		Patterns map[string][]listEntry `yaml:"patterns"`
	}
	if err := yaml.Unmarshal(b, &typed); err != nil {
		t.Fatalf("%s: %v", wl.file, err)
	}
	return data, typed.Patterns[wl.list]
}

// checkEntryFields checks what the rules and the tests rely on: a regex
// entry has an example it matches and a way to correct it, and a source
// entry names a source the file defines.
func checkEntryFields(t *testing.T, wl wordList, data map[string]any, entries []listEntry) {
	t.Helper()
	sourcesKey := strings.TrimSuffix(wl.list, "_repeated") + "_sources"
	sources, _ := data[sourcesKey].(map[string]any)
	for _, en := range entries {
		if en.Regex != "" && en.Example == "" {
			t.Errorf("%s: regex entry %q needs an example", wl.file, en.Regex)
		}
		if en.Spun != "" && !strings.Contains(en.Example, en.Spun) {
			t.Errorf("%s: example %q does not contain the spun word %q", wl.file, en.Example, en.Spun)
		}
		if en.Source != "" && sources[en.Source] == nil {
			t.Errorf("%s: entry %q cites source %q, not defined under %s", wl.file, en.name(), en.Source, sourcesKey)
		}
		if sources != nil && en.Source == "" {
			t.Errorf("%s: entry %q has no source", wl.file, en.name())
		}
	}
}

// lintCarriers lints all carriers as one document, one per paragraph, and
// returns the findings of each carrier.
func lintCarriers(t *testing.T, e *Engine, carriers []string) [][]finding.Finding {
	t.Helper()
	var doc strings.Builder
	doc.WriteString("词表测试\n\n")
	spans := make([][2]int, len(carriers))
	for i, c := range carriers {
		spans[i][0] = doc.Len()
		doc.WriteString(c)
		spans[i][1] = doc.Len()
		doc.WriteString("\n\n")
	}
	parsed, err := parser.Parse("wordlist.txt", []byte(doc.String()), parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := e.Lint(context.Background(), parsed)
	if err != nil {
		t.Fatal(err)
	}
	hits := make([][]finding.Finding, len(carriers))
	for _, f := range fs {
		for i, s := range spans {
			if f.Start.Offset >= s[0] && f.Start.Offset < s[1] {
				hits[i] = append(hits[i], f)
			}
		}
	}
	return hits
}

// flagsPhrase reports whether a finding covers part of phrase.
func flagsPhrase(fs []finding.Finding, phrase string) bool {
	for _, f := range fs {
		if f.Text != "" && (strings.Contains(phrase, f.Text) || strings.Contains(f.Text, phrase)) {
			return true
		}
	}
	return false
}

func texts(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Text)
	}
	return out
}

func flatten(xs [][]string) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x...)
	}
	return out
}

// wordingRules are the rules this file's lists feed, plus the document
// rule built on them.
var wordingRules = []string{"wording/typo", "wording/repeated-char", "wording/collocation", "wording/redundancy", "wording/spun-text"}

// The clean corpus was written with the correct forms of what these rules
// look for (账目 next to 帐篷, 团体安康保险, 应对复杂局面, 职工工作, 认认真真):
// nothing may be reported there at warning or above.
func TestWordingRulesAreSilentOnCleanDocuments(t *testing.T) {
	files, err := filepath.Glob("../testdata/clean/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no clean documents: %v", err)
	}
	for _, id := range wordingRules {
		e := onlyRule(t, id)
		for _, file := range files {
			for _, f := range lintFile(t, e, file).findings {
				if f.Severity >= finding.SeverityWarning {
					t.Errorf("%s: %s flagged %q: %s", filepath.Base(file), id, f.Text, f.Message)
				}
			}
		}
	}
}

// On the reference documents (read at run time when present beside the
// repository, never copied), the wording rules must not touch a span
// labelled as a non-defect, and must find the spun collocations of the
// spun document.
func TestWordingRulesOnReferenceDocuments(t *testing.T) {
	dir := filepath.Join(moduleRootDir(t), "..", "shared", "seeds")
	b, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Skip("reference documents not present")
	}
	var labels []struct {
		File       string `json:"file"`
		NonDefects []struct {
			Excerpt string `json:"excerpt"`
		} `json:"non_defects"`
	}
	if err := yaml.Unmarshal(b, &labels); err != nil {
		t.Fatal(err)
	}
	collocations := 0
	for _, id := range wordingRules {
		e := onlyRule(t, id)
		for _, doc := range labels {
			text, err := os.ReadFile(filepath.Join(dir, doc.File))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range lintFile(t, e, filepath.Join(dir, doc.File)).findings {
				if id == "wording/collocation" && strings.HasPrefix(doc.File, "000_") {
					collocations++
				}
				for _, nd := range doc.NonDefects {
					at := strings.Index(string(text), nd.Excerpt)
					if at >= 0 && f.Start.Offset < at+len(nd.Excerpt) && at < f.End.Offset {
						t.Errorf("%s: %s flagged the non-defect %q", doc.File, id, nd.Excerpt)
					}
				}
			}
		}
	}
	// The spun document has 50 labelled spun words; the list is expected
	// to find most of them without being tuned to the document.
	if collocations < 40 {
		t.Errorf("wording/collocation found %d spun collocations in the spun document, want at least 40", collocations)
	}
}

// moduleRootDir walks up from the test's directory to the one with go.mod.
func moduleRootDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}
