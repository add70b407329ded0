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

func TestInputUseAnalysis(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{{
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
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := usePaths(analyse(t, nil, map[string]string{"p.rego": tt.src}))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
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
			want, err := e.evaluate(context.Background(), doc, e.Input(doc))
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.evaluate(context.Background(), doc, e.lintInput(doc))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: projected input gives %d findings, whole input %d", filepath.Base(doc.Path), len(got), len(want))
			}
		}
	}
}
