package lint

import (
	"reflect"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// TestSplittableLists checks the analysis that lets the engine evaluate a
// rule on pieces of a list: it must find the lists whose elements are
// reported one by one, and nothing it cannot prove.
func TestSplittableLists(t *testing.T) {
	const lib = `package lib

check(d) if d.kind == "repeat"

many if count(input.facts.dates) > 3

title_text := input.title.text
`
	for _, c := range []struct {
		name, rules string
		want        [][]string
	}{
		{"one iteration", `report contains d.text if { some d in input.facts.dates; d.year > 2000 }`,
			[][]string{{"facts", "dates"}}},
		{"a tree list", `report contains p.text if { some p in input.paragraphs; p.role == "body" }`,
			[][]string{{"paragraphs"}}},
		{"other input read beside it", `report contains d.text if { input.kind != "other"; some d in input.facts.dates; d.text == input.title.text }`,
			[][]string{{"facts", "dates"}}},
		{"each body its list", `report contains d.text if { some d in input.facts.dates }
report contains p.text if { some p in input.facts.percents }`,
			[][]string{{"facts", "dates"}, {"facts", "percents"}}},
		{"a body without the list", `report contains d.text if { some d in input.facts.dates }
report contains input.title.text if { input.title != null }`,
			[][]string{{"facts", "dates"}}},
		{"a library function given the element", `report contains d.text if { some d in input.facts.duplicates; lib.check(d) }`,
			[][]string{{"facts", "duplicates"}}},
		{"a library rule reading other input", `report contains d.text if { some d in input.facts.dates; d.text == lib.title_text }`,
			[][]string{{"facts", "dates"}}},
		{"counted", `report contains d.text if { some d in input.facts.dates; count(input.facts.dates) > 1 }`, nil},
		{"counted by a library rule", `report contains d.text if { some d in input.facts.dates; lib.many }`, nil},
		{"counted by a rule of its own", `_n := count(input.facts.dates)
report contains d.text if { some d in input.facts.dates; _n > 1 }`, nil},
		{"the index used", `report contains d.text if { some i, d in input.facts.dates; i > 0 }`, nil},
		{"pairs of elements", `report contains a.text if { some a in input.facts.dates; some b in input.facts.dates; a.text == b.text; a != b }`, nil},
		{"in a comprehension", `report contains x if { xs := [d.text | some d in input.facts.dates]; some x in xs }`, nil},
		{"every", `report contains "all" if { every d in input.facts.dates { d.year > 2000 } }`, nil},
		{"an element by position", `report contains d.text if { some d in input.facts.dates; d.text == input.facts.dates[0].text }`, nil},
		{"the facts object by a variable key", `report contains k if { some d in input.facts.dates; some k; input.facts[k]; d.year > 0 }`, nil},
		{"the whole input", `report contains d.text if { some d in input.facts.dates; object.get(input, "kind", "") != "" }`, nil},
		{"with", `report contains d.text if { some d in input.facts.dates; lib.many with input.facts.dates as [] }`, nil},
		{"a complete report", `report := {d.text | some d in input.facts.dates}`, nil},
		{"a report of sets by key", `report[d.year] contains d.text if { some d in input.facts.dates }`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := "package gwlint.rules.t.r\n\nimport data.lib\n\n" + c.rules + "\n"
			comp, err := ast.CompileModulesWithOpt(map[string]string{"r.rego": src, "lib.rego": lib},
				ast.CompileOpts{ParserOptions: ast.ParserOptions{RegoVersion: ast.RegoV1}})
			if err != nil {
				t.Fatal(err)
			}
			report := comp.GetRules(ast.MustParseRef("data.gwlint.rules.t.r.report"))
			if got := splittableLists(comp, report); !reflect.DeepEqual(got, c.want) {
				t.Errorf("splittable lists %v, want %v", got, c.want)
			}
		})
	}
}

// TestPiecesCoverTheList checks that the pieces of a list are its
// elements, each once and in order, for lists shorter and longer than the
// number of pieces.
func TestPiecesCoverTheList(t *testing.T) {
	for length := range 8 {
		elems := make([]*ast.Term, length)
		for i := range elems {
			elems[i] = ast.IntNumberTerm(i)
		}
		list := ast.ArrayTerm(elems...)
		for n := 1; n <= 4; n++ {
			var joined []*ast.Term
			for i := range n {
				piece := pieceOf(list, i, n).Value.(*ast.Array)
				piece.Foreach(func(e *ast.Term) { joined = append(joined, e) })
			}
			if !ast.ArrayTerm(joined...).Equal(list) {
				t.Errorf("%d elements in %d pieces: joined %v", length, n, joined)
			}
		}
	}
}

// TestSplitRuleMergesAsASet checks that a finding given by several pieces
// (from a body that does not read the list) is returned once, and that the
// merged results come in the set's order whatever order the pieces finish.
func TestSplitRuleMergesAsASet(t *testing.T) {
	a, b, c := ast.StringTerm("a"), ast.StringTerm("b"), ast.StringTerm("c")
	s := &splitRule{pieces: 3, left: 3}
	if _, done := s.finish([]any{c, a}); done {
		t.Fatal("done after one piece of three")
	}
	if _, done := s.finish(nil); done {
		t.Fatal("done after two pieces of three")
	}
	merged, done := s.finish([]any{a, b})
	if !done || !reflect.DeepEqual(merged, []any{a, b, c}) {
		t.Errorf("merged %v (done %v), want [a b c]", merged, done)
	}
}
