package lint

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/internal/testenv"
	"github.com/gwlint/gwlint/parser"
)

// resultDocument writes a work report of n sections, each a numbered
// heading, a sub-heading and two body paragraphs, so findings land in many
// sections at two levels and some before the first heading.
func resultDocument(n int) string {
	var b strings.Builder
	b.WriteString("关于2024年度工会工作的总结\n本年度工会在上级工会的指导下开展工作。\n")
	for i := range n {
		fmt.Fprintf(&b, "%s、第%d项重点工作\n", cnNumeral(i+1), i+1)
		fmt.Fprintf(&b, "（一）组织建设情况\n全年共组织职工培训%d次，参训人员%d人次。\n", i+2, 30+i)
		b.WriteString("下一步将继续加强职工队伍建设，提升服务水平𠀋。\n")
	}
	return b.String()
}

// cnNumeral spells 1..99 the way headings number sections.
func cnNumeral(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	default:
		return digits[n/10] + "十" + digits[n%10]
	}
}

// rawResults imitates what data.gwlint.result yields: n objects in no
// particular order, with json.Number offsets (some out of range or inside
// a rune), duplicates at one offset, optional severities and suggestions.
func rawResults(e *Engine, doc *parser.Document, n int, seed uint64) []any {
	rng := rand.New(rand.NewPCG(seed, 7))
	raw := make([]any, 0, n)
	for i := range n {
		start := rng.IntN(len(doc.Text) + 10)
		end := start + rng.IntN(40) - 5
		if i%7 == 0 && len(raw) > 0 {
			prev := raw[len(raw)-1].(map[string]any)
			start, _ = intOf(prev["start"]) // same start, another rule or message
		}
		obj := map[string]any{
			"rule":    e.rules[rng.IntN(len(e.rules))].ID,
			"start":   json.Number(fmt.Sprint(start)),
			"end":     json.Number(fmt.Sprint(end)),
			"message": fmt.Sprintf("第%d条提示", rng.IntN(3)),
		}
		if rng.IntN(4) == 0 {
			obj["severity"] = []string{"error", "info", "bogus"}[rng.IntN(3)]
		}
		if rng.IntN(3) == 0 {
			obj["suggestions"] = []any{map[string]any{"replacement": "，", "description": "改为全角逗号", "safe": true}, "not an object"}
		}
		raw = append(raw, obj)
	}
	return raw
}

func newResultEngine(tb testing.TB) (*Engine, *parser.Document) {
	tb.Helper()
	doc, err := parser.Parse("reports/总结.txt", []byte(resultDocument(60)), parser.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	if len(doc.Sections) < 100 {
		tb.Fatalf("test document has %d sections; the generator no longer makes headings", len(doc.Sections))
	}
	e, err := New(context.Background(), Settings{})
	if err != nil {
		tb.Fatal(err)
	}
	return e, doc
}

// TestToFindingsMatchesReference compares toFindings with the plain
// per-finding conversion and stable sort it replaced.
func TestToFindingsMatchesReference(t *testing.T) {
	e, doc := newResultEngine(t)
	for seed := range uint64(5) {
		raw := rawResults(e, doc, 3000, seed)
		got, err := e.toFindings(doc, raw)
		if err != nil {
			t.Fatal(err)
		}
		want, err := referenceToFindings(e, doc, raw)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			for i := range got {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Fatalf("seed %d: finding %d differs:\n got %+v\nwant %+v", seed, i, got[i], want[i])
				}
			}
			t.Fatalf("seed %d: %d findings, reference has %d", seed, len(got), len(want))
		}
	}
}

func TestToFindingsRejectsBadResults(t *testing.T) {
	e, doc := newResultEngine(t)
	for _, raw := range [][]any{
		{"not an object"},
		{map[string]any{"rule": "no/such-rule", "start": json.Number("0"), "end": json.Number("1")}},
		{map[string]any{"rule": e.rules[0].ID, "start": "0", "end": json.Number("1")}},
	} {
		if _, err := e.toFindings(doc, raw); err == nil {
			t.Errorf("toFindings(%v) succeeded, want an error", raw)
		}
	}
}

// TestSortFindingsMatchesStableSort checks the order on findings with many
// ties, including in fields the order does not look at (Text), so that a
// sort that is not stable would show.
func TestSortFindingsMatchesStableSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 50 {
		fs := make([]finding.Finding, rng.IntN(300))
		for i := range fs {
			fs[i] = finding.Finding{
				Path:    []string{"a.txt", "b.md"}[rng.IntN(2)],
				Rule:    []string{"wording/typo", "placeholder/unfilled"}[rng.IntN(2)],
				Message: []string{"甲", "乙"}[rng.IntN(2)],
				Start:   finding.Position{Offset: rng.IntN(8)},
				End:     finding.Position{Offset: rng.IntN(8)},
				Text:    fmt.Sprint(i),
			}
		}
		want := append([]finding.Finding(nil), fs...)
		referenceSortFindings(want)
		SortFindings(fs)
		if !reflect.DeepEqual(fs, want) {
			t.Fatalf("round %d: order differs from the stable sort", round)
		}
	}
}

// TestToFindingsFromTerms checks that result objects read as terms give
// the same findings as their JSON conversion, including odd shapes: a
// severity that is not a string, suggestions as a set or with non-object
// elements, non-numeric offsets.
func TestToFindingsFromTerms(t *testing.T) {
	e, doc := newResultEngine(t)
	raw := rawResults(e, doc, 2000, 9)
	raw = append(raw,
		map[string]any{"rule": e.rules[0].ID, "start": json.Number("3"), "end": json.Number("9"), "severity": json.Number("2")},
		map[string]any{"rule": e.rules[1].ID, "start": json.Number("3"), "end": json.Number("9"), "suggestions": "none"},
	)
	terms := make([]any, len(raw))
	for i, r := range raw {
		v, err := ast.InterfaceToValue(r)
		if err != nil {
			t.Fatal(err)
		}
		terms[i] = ast.NewTerm(v)
	}
	want, err := e.toFindings(doc, raw)
	if err != nil {
		t.Fatal(err)
	}
	got, err := e.toFindings(doc, terms)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("findings from terms differ from findings from maps")
	}

	setSuggestions := ast.MustParseTerm(`{"rule": "` + e.rules[0].ID + `", "start": 0, "end": 2,
		"suggestions": {{"replacement": "甲", "safe": true}, 7, {"description": "乙", "safe": "yes"}}}`)
	converted, err := ast.JSON(setSuggestions.Value)
	if err != nil {
		t.Fatal(err)
	}
	fromTerm, err1 := e.toFindings(doc, []any{setSuggestions})
	fromMap, err2 := e.toFindings(doc, []any{converted})
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if len(fromTerm[0].Suggestions) != 2 || !reflect.DeepEqual(fromTerm, fromMap) {
		t.Errorf("suggestions from a set: %+v, from its JSON form %+v", fromTerm[0].Suggestions, fromMap[0].Suggestions)
	}
	for _, bad := range []string{`{"rule": "` + e.rules[0].ID + `", "start": "0", "end": 2}`, `[1, 2]`} {
		if _, err := e.toFindings(doc, []any{ast.MustParseTerm(bad)}); err == nil {
			t.Errorf("toFindings(%s) succeeded, want an error", bad)
		}
	}
}

// TestResultElementsMatchesDefaultConversion evaluates the full rule set on
// the sample and clean documents both ways: with resultElements the
// findings must be the same, in the same order, as with OPA's default
// conversion.
func TestResultElementsMatchesDefaultConversion(t *testing.T) {
	if compareConversions(t, parseTestDocuments(t, "testdata/samples/*", "testdata/clean/*.txt")) == 0 {
		t.Error("the documents produced no findings; the comparison proves nothing")
	}
}

func TestResultElementsOnSeeds(t *testing.T) {
	compareConversions(t, parseFiles(t, testenv.SeedFiles(t)))
}

// compareConversions lints documents with both conversions of the query
// result and returns how many findings they had.
func compareConversions(t *testing.T, docs []*parser.Document) int {
	t.Helper()
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, doc := range docs {
		file := doc.Path
		input := e.lintInput(doc)
		evalFindings := func(opts ...rego.EvalOption) []finding.Finding {
			rs, err := e.query.Eval(context.Background(), append(opts, rego.EvalParsedInput(input.Value))...)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			raw, _ := rs[0].Expressions[0].Value.([]any)
			fs, err := e.toFindings(doc, raw)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			return fs
		}
		want := evalFindings()
		got := evalFindings(rego.EvalGenerateJSON(resultElements))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d findings from terms differ from the %d of the default conversion", file, len(got), len(want))
		}
		total += len(want)
	}
	return total
}

// BenchmarkToFindings converts the result set of a long report: thousands
// of findings over a document of many sections, given as OPA's default
// conversion makes them (maps) and as terms (resultElements).
func BenchmarkToFindings(b *testing.B) {
	e, doc := newResultEngine(b)
	maps := rawResults(e, doc, 5000, 1)
	terms := make([]any, len(maps))
	for i, m := range maps {
		v, err := ast.InterfaceToValue(m)
		if err != nil {
			b.Fatal(err)
		}
		terms[i] = ast.NewTerm(v)
	}
	for _, bc := range []struct {
		name string
		raw  []any
	}{{"maps", maps}, {"terms", terms}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.toFindings(doc, bc.raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// referenceToFindings is the straightforward conversion: one finding at a
// time, the section path joined for each, then a stable sort.
func referenceToFindings(e *Engine, doc *parser.Document, raw []any) ([]finding.Finding, error) {
	var out []finding.Finding
	for _, r := range raw {
		obj := r.(map[string]any)
		id, _ := obj["rule"].(string)
		rule, ok := e.Rule(id)
		if !ok {
			return nil, fmt.Errorf("unknown rule %q", id)
		}
		start, _ := intOf(obj["start"])
		end, _ := intOf(obj["end"])
		start, end = clampSpan(doc.Text, start, end)
		f := finding.Finding{Rule: rule.ID, Category: rule.Category, Path: doc.Path, Severity: e.severityOf(&rule, ownSeverity(obj))}
		f.Message, _ = obj["message"].(string)
		f.Start = position(doc.Lines.Position(start))
		f.End = position(doc.Lines.Position(end))
		f.Text = doc.Text[start:end]
		f.LineText = doc.Lines.LineText(f.Start.Line)
		f.Section = referenceSectionPath(doc, start)
		f.Suggestions = suggestions(obj["suggestions"])
		out = append(out, f)
	}
	referenceSortFindings(out)
	return out, nil
}

func referenceSectionPath(doc *parser.Document, off int) string {
	i := sort.Search(len(doc.Paragraphs), func(i int) bool { return doc.Paragraphs[i].Span.End.Offset > off })
	if i == len(doc.Paragraphs) {
		i--
	}
	if i < 0 || doc.Paragraphs[i].Section < 0 {
		return ""
	}
	for _, s := range doc.Sections {
		if s.Index == doc.Paragraphs[i].Section {
			return strings.Join(s.Path, " > ")
		}
	}
	return ""
}

func referenceSortFindings(fs []finding.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		switch {
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Start.Offset != b.Start.Offset:
			return a.Start.Offset < b.Start.Offset
		case a.Rule != b.Rule:
			return a.Rule < b.Rule
		case a.End.Offset != b.End.Offset:
			return a.End.Offset < b.End.Offset
		}
		return a.Message < b.Message
	})
}

func ownSeverity(obj map[string]any) string {
	s, _ := obj["severity"].(string)
	return s
}
