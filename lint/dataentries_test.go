package lint

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"gopkg.in/yaml.v3"

	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/rules"
)

// Every entry of every built-in pattern list is exercised by a test: the
// word lists by wordlists_test.go, all other lists here, through the
// entries' `examples: {bad: [...], good: [...]}`. A bad text must give a
// match of that very entry (same list, same index in the merged list) that
// survives the entry's `unless` words (applied in Go while matching) and
// its `exclude` contexts (applied by data.gwlint.match.kept in Rego, which
// this test evaluates rather than re-implements). A good text must give no
// surviving match of the entry. Each exclusion must be exercised: some good
// text must hit the pattern in a context that exclusion removes, so an
// exclusion that stopped matching its own example is noticed.
//
// Entries that carry a wrong/right pair (script_conversion: literal and
// correct) get a bad and a good text synthesised from the pair. An entry
// with neither examples nor a pair fails, so a new entry cannot be added
// untested.
//
// The check is at the level of the list entry, not of the rule: roles,
// skip_formats, word boundaries and the document's script are the rule's
// business and are covered by its cases (testdata/cases).

// exampleEntry is a pattern-list entry as this test reads it.
type exampleEntry struct {
	ID       string              `yaml:"id"`
	Regex    string              `yaml:"regex"`
	Literal  string              `yaml:"literal"`
	Correct  *string             `yaml:"correct"`
	Exclude  []exclusion         `yaml:"exclude"`
	Unless   []string            `yaml:"unless"`
	Examples map[string][]string `yaml:"examples"`
}

// exclusion is one item of an entry's exclude list.
type exclusion struct {
	Before string `yaml:"before"`
	After  string `yaml:"after"`
}

// fileList is one pattern list of one data file, with the offset of its
// first entry in the list the engine merged from all files.
type fileList struct {
	file, name string
	offset     int
	entries    []exampleEntry
}

func TestDataEntries(t *testing.T) {
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	kept := newKeptQuery(t, e)
	lists := builtinPatternLists(t, e)
	for _, fl := range lists {
		if coveredByWordListTest(fl) {
			continue
		}
		for i, en := range fl.entries {
			t.Run(fmt.Sprintf("%s/%s[%d]", fl.file, fl.name, i), func(t *testing.T) {
				checkEntryExamples(t, e, kept, fl, fl.offset+i, en)
			})
		}
	}
}

// coveredByWordListTest reports whether wordlists_test.go exercises the
// list's entries.
func coveredByWordListTest(fl fileList) bool {
	for _, wl := range wordLists {
		if wl.file == fl.file && wl.list == fl.name {
			return true
		}
	}
	return false
}

// checkEntryExamples runs one entry's bad and good texts and checks that
// its exclusions are exercised.
func checkEntryExamples(t *testing.T, e *Engine, kept *keptQuery, fl fileList, index int, en exampleEntry) {
	bad, good, err := en.texts()
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) == 0 {
		t.Fatalf("%s: entry %s has no bad example: add examples: {bad: [...]}", fl.file, en.label())
	}
	for _, text := range bad {
		r := kept.run(t, e, text)
		if !r.keeps(fl.name, index) {
			t.Errorf("bad example %q: no surviving match of %s[%d] (index in the merged list); the list found %s",
				text, fl.name, index, r.describe(fl.name))
		}
	}
	var goodRuns []*exampleRun
	for _, text := range good {
		r := kept.run(t, e, text)
		if r.keeps(fl.name, index) {
			t.Errorf("good example %q: %s[%d] (index in the merged list) matched; the list found %s",
				text, fl.name, index, r.describe(fl.name))
		}
		goodRuns = append(goodRuns, r)
	}
	checkExclusionsExercised(t, fl.name, index, en, good, goodRuns)
}

// texts returns the entry's bad and good texts: its examples, plus for a
// wrong/right pair the wrong form and the right one in a carrier sentence.
func (en exampleEntry) texts() (bad, good []string, err error) {
	for key := range en.Examples {
		if key != "bad" && key != "good" {
			return nil, nil, fmt.Errorf("entry %s: examples has key %q (want bad and good)", en.label(), key)
		}
	}
	bad, good = en.Examples["bad"], en.Examples["good"]
	if en.Literal != "" && en.Correct != nil {
		bad = append(bad, traditionalCarrier(en.Literal))
		good = append(good, traditionalCarrier(*en.Correct))
	}
	return bad, good, nil
}

// traditionalCarrier puts a phrase in a sentence of a traditional-script
// report, between commas so that its neighbours do not change what
// matches.
func traditionalCarrier(phrase string) string {
	return "今年以來，" + phrase + "，各項工作穩步推進。"
}

// label names an entry in messages.
func (en exampleEntry) label() string {
	switch {
	case en.ID != "":
		return en.ID
	case en.Literal != "":
		return en.Literal
	}
	return en.Regex
}

// checkExclusionsExercised checks that every exclude item removes a match
// of the entry in some good text, and that every unless word occurs in a
// good text where the entry's pattern matches across it. Otherwise the
// exclusion is untested: its good example might pass only because the
// pattern no longer reaches it.
func checkExclusionsExercised(t *testing.T, list string, index int, en exampleEntry, good []string, runs []*exampleRun) {
	t.Helper()
	for k, ex := range en.Exclude {
		applies, err := ex.matcher()
		if err != nil {
			t.Errorf("exclude[%d]: %v", k, err)
			continue
		}
		exercised := false
		for _, r := range runs {
			for _, m := range r.input.Matches[list] {
				if m.Entry == index && applies(m) {
					exercised = true
				}
			}
		}
		if !exercised {
			t.Errorf("exclude[%d] %+v: no good example has a match of the entry in that context", k, ex)
		}
	}
	if len(en.Unless) == 0 {
		return
	}
	pattern, err := en.pattern()
	if err != nil {
		t.Fatal(err)
	}
	for _, word := range en.Unless {
		if !anyMatchAcross(pattern, good, word) {
			t.Errorf("unless %q: no good example where the pattern matches across the word", word)
		}
	}
}

// matcher returns the Go form of the exclusion test of rules/lib/match.rego
// (every pattern the item gives matches its side of the context), used
// only to tell which item a good example exercises; whether the match is
// dropped is decided by the Rego code itself.
func (ex exclusion) matcher() (func(matchFact) bool, error) {
	compile := func(rx string) (*regexp.Regexp, error) {
		if rx == "" {
			return nil, nil
		}
		return regexp.Compile(rx)
	}
	before, err := compile(ex.Before)
	if err != nil {
		return nil, fmt.Errorf("before: %w", err)
	}
	after, err := compile(ex.After)
	if err != nil {
		return nil, fmt.Errorf("after: %w", err)
	}
	return func(m matchFact) bool {
		return (before == nil || before.MatchString(m.Before)) && (after == nil || after.MatchString(m.After))
	}, nil
}

// pattern compiles the entry's regex or literal.
func (en exampleEntry) pattern() (*regexp.Regexp, error) {
	if en.Regex != "" {
		return regexp.Compile(en.Regex)
	}
	return regexp.Compile(regexp.QuoteMeta(en.Literal))
}

// anyMatchAcross reports whether pattern matches, in the simplified form
// of one of texts, a span that overlaps an occurrence of word.
func anyMatchAcross(pattern *regexp.Regexp, texts []string, word string) bool {
	for _, text := range texts {
		norm := toSimplified(text)
		for _, w := range indexAll(norm, word) {
			for _, loc := range pattern.FindAllStringIndex(norm, -1) {
				if loc[0] < w+len(word) && w < loc[1] {
					return true
				}
			}
		}
	}
	return false
}

// builtinPatternLists reads the pattern lists of the built-in data files
// in the order the engine merges them (file name order; lists
// concatenate), so that each file's entries get their index in the merged
// list, and checks that order against the engine's merged data.
func builtinPatternLists(t *testing.T, e *Engine) []fileList {
	t.Helper()
	var files []string
	err := fs.WalkDir(rules.FS, "data", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && isDataFile(p) {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	merged, _ := e.data["patterns"].(map[string]any)
	offsets := map[string]int{}
	var out []fileList
	for _, file := range files {
		b, err := fs.ReadFile(rules.FS, file)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Patterns map[string][]exampleEntry `yaml:"patterns"`
		}
		if err := yaml.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, name := range sortedListNames(doc.Patterns) {
			fl := fileList{file: path.Base(file), name: name, offset: offsets[name], entries: doc.Patterns[name]}
			checkMergedOrder(t, fl, merged[name])
			offsets[name] += len(fl.entries)
			out = append(out, fl)
		}
	}
	if len(out) == 0 {
		t.Fatal("no pattern lists in the built-in data")
	}
	return out
}

func sortedListNames(lists map[string][]exampleEntry) []string {
	names := make([]string, 0, len(lists))
	for n := range lists {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// checkMergedOrder checks that the engine's merged list holds the file's
// entries at the expected offset: if the merge order changed, the indexes
// this test checks matches against would be wrong.
func checkMergedOrder(t *testing.T, fl fileList, merged any) {
	t.Helper()
	items, _ := merged.([]any)
	for i, en := range fl.entries {
		j := fl.offset + i
		if j >= len(items) {
			t.Fatalf("%s: %s[%d] is missing from the engine's merged list", fl.file, fl.name, i)
		}
		m, _ := items[j].(map[string]any)
		if m["regex"] != nilIfEmpty(en.Regex) || m["literal"] != nilIfEmpty(en.Literal) {
			t.Fatalf("%s: %s[%d] is not entry %d of the engine's merged list", fl.file, fl.name, i, j)
		}
	}
}

// nilIfEmpty gives what a missing YAML field decodes to in the merged data.
func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// keptQuery evaluates, for a document, which matches the rules would see:
// data.gwlint.match.kept(list) for every list.
type keptQuery struct {
	query rego.PreparedEvalQuery
}

// newKeptQuery prepares the query against the engine's merged data and
// the real rules/lib/match.rego.
func newKeptQuery(t *testing.T, e *Engine) *keptQuery {
	t.Helper()
	var lib *ast.Module
	for _, m := range e.modules.modules {
		if m.Package.Path.String() == "data.gwlint.match" {
			lib = m
		}
	}
	if lib == nil {
		t.Fatal("the built-in rules have no package gwlint.match")
	}
	pq, err := rego.New(
		rego.Query(`kept := {[list, m.entry, m.start] | some list, _ in input.matches; some [m, _] in data.gwlint.match.kept(list)}`),
		rego.Store(inmem.NewFromObject(map[string]any{"gwlint": e.data})),
		rego.SetRegoVersion(ast.RegoV1),
		rego.ParsedModule(lib),
	).PrepareForEval(context.Background())
	if err != nil {
		t.Fatalf("preparing the kept query: %v", err)
	}
	return &keptQuery{query: pq}
}

// exampleRun is what one example text gave: the rule input (with every
// match before exclusions) and the matches that survived.
type exampleRun struct {
	input *ruleInput
	kept  map[keptMatch]bool
}

// keptMatch identifies a surviving match.
type keptMatch struct {
	list         string
	entry, start int
}

// run parses text as a plain-text document and evaluates it.
func (q *keptQuery) run(t *testing.T, e *Engine, text string) *exampleRun {
	t.Helper()
	doc, err := parser.Parse("example.txt", []byte(text), parser.Options{})
	if err != nil {
		t.Fatalf("parsing %q: %v", text, err)
	}
	in := e.buildInput(doc)
	rs, err := q.query.Eval(context.Background(), rego.EvalParsedInput(toTerm(in).Value))
	if err != nil {
		t.Fatalf("evaluating %q: %v", text, err)
	}
	if len(rs) != 1 {
		t.Fatalf("evaluating %q: %d results, want 1", text, len(rs))
	}
	triples, ok := rs[0].Bindings["kept"].([]any)
	if !ok {
		t.Fatalf("evaluating %q: kept is %T", text, rs[0].Bindings["kept"])
	}
	r := &exampleRun{input: in, kept: map[keptMatch]bool{}}
	for _, v := range triples {
		k, err := decodeKeptMatch(v)
		if err != nil {
			t.Fatalf("evaluating %q: %v", text, err)
		}
		r.kept[k] = true
	}
	return r
}

// decodeKeptMatch reads a [list, entry, start] triple of the kept query.
func decodeKeptMatch(v any) (keptMatch, error) {
	triple, _ := v.([]any)
	if len(triple) != 3 {
		return keptMatch{}, fmt.Errorf("kept item %v is not [list, entry, start]", v)
	}
	list, ok := triple[0].(string)
	entry, err1 := toInt(triple[1])
	start, err2 := toInt(triple[2])
	if !ok || err1 != nil || err2 != nil {
		return keptMatch{}, fmt.Errorf("kept item %v is not [list, entry, start]", v)
	}
	return keptMatch{list, entry, start}, nil
}

func toInt(v any) (int, error) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, fmt.Errorf("%v is %T, not a number", v, v)
	}
	i, err := n.Int64()
	return int(i), err
}

// keeps reports whether a match of the entry survived.
func (r *exampleRun) keeps(list string, entry int) bool {
	for _, m := range r.input.Matches[list] {
		if m.Entry == entry && r.kept[keptMatch{list, m.Entry, m.Start}] {
			return true
		}
	}
	return false
}

// describe lists a list's matches for a failure message, marking those an
// exclusion removed.
func (r *exampleRun) describe(list string) string {
	ms := r.input.Matches[list]
	if len(ms) == 0 {
		return "nothing"
	}
	parts := make([]string, len(ms))
	for i, m := range ms {
		state := "kept"
		if !r.kept[keptMatch{list, m.Entry, m.Start}] {
			state = "excluded"
		}
		parts[i] = fmt.Sprintf("%s[%d] %q (%s; before %q, after %q)", list, m.Entry, m.Text, state, m.Before, m.After)
	}
	return strings.Join(parts, ", ")
}
