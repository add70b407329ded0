package lint

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
)

// usePaths lists the paths a use reads whole, as "input.a[_].b" strings.
func usePaths(u *inputUse) []string {
	var out []string
	var walk func(u *inputUse, prefix string)
	walk = func(u *inputUse, prefix string) {
		if u == nil {
			return
		}
		if u.all {
			out = append(out, prefix)
			return
		}
		for k, f := range u.fields {
			walk(f, prefix+"."+k)
		}
		walk(u.any, prefix+"[_]")
	}
	walk(u, "input")
	sort.Strings(out)
	return out
}

// analyse compiles Rego v1 modules (name → source) and analyses them.
func analyse(t *testing.T, skip func(string) bool, sources map[string]string) *inputUse {
	t.Helper()
	mods := map[string]*ast.Module{}
	for name, src := range sources {
		m, err := ast.ParseModuleWithOpts(name, src, parseOptions)
		if err != nil {
			t.Fatal(err)
		}
		mods[name] = m
	}
	c := ast.NewCompiler().WithDefaultRegoVersion(ast.RegoV1)
	if c.Compile(mods); c.Failed() {
		t.Fatal(c.Errors)
	}
	if skip == nil {
		skip = func(string) bool { return false }
	}
	return analyseInputUse(c, skip)
}

// useCase is a one-module policy and the input paths it reads.
type useCase struct {
	name string
	src  string
	want []string
}

// checkUseCases analyses each case's module (as p.rego) and compares the
// paths it reads.
func checkUseCases(t *testing.T, tests []useCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := usePaths(analyse(t, nil, map[string]string{"p.rego": tt.src}))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestInputUseAnalysis(t *testing.T) {
	tests := []useCase{{
		name: "fields read through an iteration variable",
		src: `package p
report contains p.text if {
	some p in input.paragraphs
	p.role == "body"
}`,
		want: []string{"input.paragraphs[_].role", "input.paragraphs[_].text"},
	}, {
		name: "a value compared or passed to a builtin is read whole",
		src: `package p
report contains 1 if count(input.headings) > 2
report contains 2 if input.title == null`,
		want: []string{"input.headings", "input.title"},
	}, {
		name: "a key that is itself an input value",
		src: `package p
report contains h.text if {
	some s in input.slots
	h := input.headings[s.parent]
}`,
		want: []string{"input.headings[_].text", "input.slots[_].parent"},
	}, {
		name: "a helper function reads only what its body reads",
		src: `package p
at(span) := span.start
report contains at(input.headings[0].span) if true`,
		want: []string{"input.headings[_].span.start"},
	}, {
		name: "a helper given the whole input",
		src: `package p
first(doc) := doc.paragraphs[0].span if {
	doc.title == null
}
report contains first(input) if true`,
		want: []string{"input.paragraphs[_].span", "input.title"},
	}, {
		name: "a comprehension over input keeps its element fields only",
		src: `package p
report contains n if {
	n := sum([count(p.text) | some p in input.paragraphs])
}`,
		want: []string{"input.paragraphs[_].text"},
	}, {
		name: "every binds its value variable",
		src: `package p
report contains 1 if {
	every h in input.headings { h.level > 0 }
}`,
		want: []string{"input.headings[_].level"},
	}, {
		name: "a second unification with a bound variable is a comparison",
		src: `package p
report contains n if {
	n := count(input.xs)
	n = input.limit
}`,
		want: []string{"input.limit", "input.xs"},
	}, {
		name: "a variable key reads every key",
		src: `package p
report contains x if {
	some name
	x := input.facts[name].count
}`,
		want: []string{"input.facts[_].count"},
	}, {
		name: "a rule that replaces input keeps everything",
		src: `package p
inner := input.a
report contains x if {
	x := inner with input as {"a": 1}
}`,
		want: []string{"input"},
	}, {
		name: "a function that is never called reads nothing",
		src: `package p
unused(x) := input.secret[x]
report contains 1 if input.flag`,
		want: []string{"input.flag"},
	}, {
		name: "a function replaced by with keeps everything",
		src: `package p
f(x) := x.a
g(x) := x.b
report contains y if {
	y := f(input.v) with f as g
}`,
		want: []string{"input"},
	}}
	checkUseCases(t, tests)
}

// TestInputUseSkipsDisabledRules checks that a disabled rule's reads are
// left out, unless an enabled rule calls into its package.
func TestInputUseSkipsDisabledRules(t *testing.T) {
	sources := map[string]string{
		"on.rego":  "package gwlint.rules.a.on\nreport contains x if x := input.kept",
		"off.rego": "package gwlint.rules.a.off\nreport contains x if x := input.dropped",
	}
	skipOff := func(file string) bool { return file == "off.rego" }
	if got, want := usePaths(analyse(t, skipOff, sources)), []string{"input.kept"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	sources["on.rego"] = "package gwlint.rules.a.on\nreport contains x if x := data.gwlint.rules.a.off.helper\n"
	sources["off.rego"] = "package gwlint.rules.a.off\nhelper := input.needed\nreport contains x if x := input.dropped"
	if got, want := usePaths(analyse(t, skipOff, sources)), []string{"input.dropped", "input.needed"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// A rule-level alias in a disabled rule, read through every: the
	// condition of its rule is read too.
	sources["on.rego"] = "package gwlint.rules.a.on\nreport contains 1 if every x in data.gwlint.rules.a.off._xs { x.ok }\n"
	sources["off.rego"] = "package gwlint.rules.a.off\n_xs := input.xs if input.flag\nreport contains x if x := input.dropped"
	if got, want := usePaths(analyse(t, skipOff, sources)), []string{"input.dropped", "input.flag", "input.xs[_].ok"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestBuiltinRulesLeaveOutUnreadInput pins the saving on the built-in
// rules: sentences and sections, which no rule reads, are not built.
func TestBuiltinRulesLeaveOutUnreadInput(t *testing.T) {
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	if e.use.all {
		t.Fatal("the built-in rules keep the whole input")
	}
	if e.use.has("sections") {
		t.Error("sections are built although no rule reads them")
	}
	if e.use.child("paragraphs").elem().has("sentences") {
		t.Error("sentences are built although no rule reads them")
	}
	for _, want := range []string{"paragraphs", "headings", "enumerations", "facts", "matches"} {
		if !e.use.has(want) {
			t.Errorf("%s left out although rules read it", want)
		}
	}
}

// TestProjectedInputGivesTheSameFindings is the oracle of the projection:
// on every test document, with every rule and with a few rules disabled,
// the findings from the projected input equal those from the whole input.
func TestProjectedInputGivesTheSameFindings(t *testing.T) {
	docs := parseTestDocuments(t, "testdata/samples/*", "testdata/clean/*.txt", "testdata/holdout/defects/*")
	if len(docs) < 20 {
		t.Fatalf("only %d test documents found", len(docs))
	}
	disabled := func(r finding.Rule) finding.Severity {
		if strings.HasPrefix(r.ID, "structure/") || r.ID == "wording/spun-text" {
			return finding.SeverityNone
		}
		return r.Severity
	}
	for _, level := range []func(finding.Rule) finding.Severity{nil, disabled} {
		e, err := New(context.Background(), Settings{Level: level})
		if err != nil {
			t.Fatal(err)
		}
		for _, doc := range docs {
			got, want := projectedAndWhole(t, e, doc)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: projected input gives %d findings, whole input %d", filepath.Base(doc.Path), len(got), len(want))
			}
		}
	}
}

// TestInputUseRuleAliases checks complete rules whose value is an input
// path: references through them read only the fields they name, and any
// use the analysis cannot follow reads the whole path.
func TestInputUseRuleAliases(t *testing.T) {
	tests := []useCase{{
		name: "fields read through a rule-level alias",
		src: `package p
_slots := input.facts.numbering.slots
report contains s.label if {
	some i in input.out
	s := _slots[i]
	s.previous >= 0
}`,
		want: []string{"input.facts.numbering.slots[_].label", "input.facts.numbering.slots[_].previous", "input.out[_]"},
	}, {
		name: "an alias of an alias",
		src: `package p
_numbering := input.facts.numbering
_slots := _numbering.slots
report contains _slots[0].label if true`,
		want: []string{"input.facts.numbering.slots[_].label"},
	}, {
		name: "an alias passed to a function is followed",
		src: `package p
_xs := input.xs
first(xs) := xs[0].name
report contains first(_xs) if true`,
		want: []string{"input.xs[_].name"},
	}, {
		name: "an alias passed to a builtin is read whole",
		src: `package p
_xs := input.xs
report contains count(_xs) if true`,
		want: []string{"input.xs"},
	}, {
		name: "an alias compared whole is read whole",
		src: `package p
_xs := input.xs
report contains 1 if _xs == []`,
		want: []string{"input.xs"},
	}, {
		name: "an alias returned from a function is read whole",
		src: `package p
_xs := input.xs
all_xs(_) := _xs
report contains x if x := all_xs(1)[0].name`,
		want: []string{"input.xs"},
	}, {
		name: "an alias called as a function of no arguments is read whole",
		src: `package p
xs() := input.xs
report contains x if x := xs()[0].name`,
		want: []string{"input.xs"},
	}, {
		name: "an alias nobody reads builds nothing",
		src: `package p
_xs := input.xs
report contains 1 if input.flag`,
		want: []string{"input.flag"},
	}, {
		name: "a default constant keeps the rule an alias",
		src: `package p
default _xs := []
_xs := input.xs if input.flag
report contains x.name if some x in _xs`,
		want: []string{"input.flag", "input.xs[_].name"},
	}, {
		name: "a branch whose value is not an input path reads the path whole",
		src: `package p
_xs := input.xs if input.flag
else := [{"name": "none"}]
report contains x.name if some x in _xs`,
		want: []string{"input.flag", "input.xs"},
	}}
	checkUseCases(t, tests)
}

// TestInputUseRuleAliasesFromOtherPackages checks references to a
// rule-level alias from another package: by name they read what they
// name; through the package document or a variable key they may reach
// the value whole.
func TestInputUseRuleAliasesFromOtherPackages(t *testing.T) {
	const lib = "package gwlint.lib\n_xs := input.xs\n"
	tests := []struct {
		name string
		src  string
		want []string
	}{{
		name: "by name",
		src:  "package gwlint.rules.a.b\nreport contains x.name if some x in data.gwlint.lib._xs",
		want: []string{"input.xs[_].name"},
	}, {
		name: "the package document",
		src:  "package gwlint.rules.a.b\nreport contains x if x := data.gwlint.lib",
		want: []string{"input.xs"},
	}, {
		name: "a variable key",
		src:  "package gwlint.rules.a.b\nreport contains x.name if { some k; some x in data.gwlint.lib[k] }",
		want: []string{"input.xs"},
	}, {
		name: "another name of the package",
		src:  "package gwlint.rules.a.b\nreport contains x if { some k; x := data.gwlint.lib.other[k] }",
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sources := map[string]string{"lib.rego": lib + "other := {\"k\": 1}\n", "rule.rego": tt.src}
			got := usePaths(analyse(t, nil, sources))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

// TestInputUseConstantKeys checks functions called with a constant string
// that their body uses as a key of an input path.
func TestInputUseConstantKeys(t *testing.T) {
	const kept = `package gwlint.match
kept(list) := {m.text | some m in input.matches[list]}
`
	tests := []struct {
		name string
		src  string
		want []string
	}{{
		name: "a constant argument names one list",
		src:  `report contains x if some x in match.kept("typo")`,
		want: []string{"input.matches.typo[_].text"},
	}, {
		name: "two call sites name two lists",
		src: `report contains x if some x in match.kept("typo")
report contains x if some x in match.kept("redundancy")`,
		want: []string{"input.matches.redundancy[_].text", "input.matches.typo[_].text"},
	}, {
		name: "a local variable bound to a constant",
		src: `report contains x if {
	list := "typo"
	some x in match.kept(list)
}`,
		want: []string{"input.matches.typo[_].text"},
	}, {
		name: "a constant passed on to a nested function",
		src: `typos(list) := match.kept(list)
report contains x if some x in typos("typo")`,
		want: []string{"input.matches.typo[_].text"},
	}, {
		name: "an argument that is not a constant reads every list",
		src: `report contains x if {
	some list in ["typo", "redundancy"]
	some x in match.kept(list)
}`,
		want: []string{"input.matches[_][_].text"},
	}, {
		name: "a number is no key",
		src:  `report contains x if some x in match.kept(1)`,
		want: []string{"input.matches[_][_].text"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sources := map[string]string{
				"match.rego": kept,
				"rule.rego":  "package gwlint.rules.a.b\nimport data.gwlint.match\n" + tt.src,
			}
			got := usePaths(analyse(t, nil, sources))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

// TestOneRuleReadsOnlyItsOwnInput pins what the analysis of a single
// built-in rule keeps: a typo rule reads its own match list and no other,
// and heading-sequence reads the slot fields it names, not those of
// heading-level.
func TestOneRuleReadsOnlyItsOwnInput(t *testing.T) {
	tests := []struct {
		rule         string
		path         []string
		reads, skips []string
	}{
		{"wording/typo", []string{"matches"}, []string{"typo"}, []string{"section_plan", "redundancy", "placeholder"}},
		{"structure/heading-sequence", []string{"facts", "heading_numbering", "slots"},
			[]string{"label", "previous", "expected_marker", "expected_written_between", "expected_written_before"}, []string{"ranked_parent", "family_count", "series", "depth", "group"}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			u := onlyRule(t, tt.rule).use
			for _, key := range tt.path {
				u = u.child(key)
			}
			if u.all {
				t.Fatalf("%v is read whole", tt.path)
			}
			if len(tt.path) > 1 { // an array of slots
				u = u.elem()
			}
			for _, key := range tt.reads {
				if !u.has(key) {
					t.Errorf("%s is left out although the rule reads it", key)
				}
			}
			for _, key := range tt.skips {
				if u.has(key) {
					t.Errorf("%s is built although the rule does not read it", key)
				}
			}
		})
	}
}

// TestEachRuleAloneGivesTheSameFindings is the oracle of the projection
// for per-rule inputs: with one rule enabled at a time, the findings from
// the input built for that rule equal those from the whole input.
func TestEachRuleAloneGivesTheSameFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the rules once per rule")
	}
	docs := parseTestDocuments(t, "testdata/samples/*", "testdata/clean/*.txt", "testdata/holdout/defects/*")
	all, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, r := range all.rules {
		e := onlyRule(t, r.ID)
		for _, doc := range docs {
			got, want := projectedAndWhole(t, e, doc)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %s: its own input gives %d findings, the whole input %d", r.ID, filepath.Base(doc.Path), len(got), len(want))
			}
			total += len(want)
		}
	}
	if total == 0 {
		t.Error("no rule found anything: the comparison tests nothing")
	}
}

// projectedAndWhole evaluates e's rules on doc twice: on the input built
// for them (got) and on the whole input (want).
func projectedAndWhole(t *testing.T, e *Engine, doc *parser.Document) (got, want []finding.Finding) {
	t.Helper()
	want, err := e.evaluate(context.Background(), doc, e.Input(doc))
	if err != nil {
		t.Fatal(err)
	}
	got, err = e.evaluate(context.Background(), doc, e.lintInput(doc))
	if err != nil {
		t.Fatal(err)
	}
	return got, want
}
