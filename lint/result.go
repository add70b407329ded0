package lint

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
)

// toFindings converts the objects built by data.gwlint.result into
// findings with positions, section paths and fingerprints. A long report
// yields tens of thousands of findings, so each is built in place in the
// result slice and section paths are joined once per section.
//
// raw holds the result objects either as OPA's default JSON conversion
// gives them (map[string]any) or as terms (*ast.Term), which evaluation
// yields when it passes rego.EvalGenerateJSON(resultElements).
func (e *Engine) toFindings(doc *parser.Document, raw []any) ([]finding.Finding, error) {
	out := make([]finding.Finding, len(raw))
	sections := newSectionPaths(doc)
	for i, r := range raw {
		fields, ok := readResult(r)
		if !ok {
			return nil, fmt.Errorf("rule result %v: not an object (build findings with data.gwlint.result)", r)
		}
		if err := e.fillFinding(&out[i], doc, sections, fields); err != nil {
			return nil, err
		}
	}
	SortFindings(out)
	return out, nil
}

// resultFields are the parts of one result object a finding is built from.
type resultFields struct {
	rule, message string
	// severity is the finding's own severity, "" when it has none.
	severity    string
	start, end  int
	numeric     bool // start and end are both numbers
	suggestions []finding.Suggestion
}

// readResult reads a result object in either form toFindings accepts.
func readResult(r any) (resultFields, bool) {
	switch v := r.(type) {
	case map[string]any:
		return resultFromMap(v), true
	case *ast.Term:
		if obj, ok := v.Value.(ast.Object); ok {
			return resultFromObject(obj), true
		}
	}
	return resultFields{}, false
}

func resultFromMap(obj map[string]any) resultFields {
	var r resultFields
	r.rule, _ = obj["rule"].(string)
	r.message, _ = obj["message"].(string)
	r.severity, _ = obj["severity"].(string)
	start, err1 := intOf(obj["start"])
	end, err2 := intOf(obj["end"])
	r.start, r.end, r.numeric = start, end, err1 == nil && err2 == nil
	r.suggestions = suggestions(obj["suggestions"])
	return r
}

// fillFinding sets f from one result object.
func (e *Engine) fillFinding(f *finding.Finding, doc *parser.Document, sections *sectionPaths, r resultFields) error {
	i, ok := e.byID[r.rule]
	if !ok {
		return fmt.Errorf("rule result names unknown rule %q", r.rule)
	}
	rule := &e.rules[i]
	if !r.numeric {
		return fmt.Errorf("rule %s: result needs numeric start and end offsets", r.rule)
	}
	start, end := clampSpan(doc.Text, r.start, r.end)
	f.Rule, f.Category = rule.ID, rule.Category
	f.Message = r.message
	f.Path = doc.Path
	f.Severity = e.severityOf(rule, r.severity)
	f.Start = position(doc.Lines.Position(start))
	f.End = position(doc.Lines.Position(end))
	f.Text = doc.Text[start:end]
	f.LineText = doc.Lines.LineText(f.Start.Line)
	f.Section = sections.at(start)
	f.Suggestions = r.suggestions
	return nil
}

// severityOf: a configured level wins; otherwise a severity the finding
// carries (a word-list entry's own severity); otherwise the rule default.
func (e *Engine) severityOf(rule *finding.Rule, own string) finding.Severity {
	configured := e.levels[rule.ID]
	if configured != rule.Severity {
		return configured
	}
	if own != "" {
		if v, err := finding.ParseSeverity(own); err == nil && v != finding.SeverityNone {
			return v
		}
	}
	return configured
}

func position(p parser.Position) finding.Position {
	return finding.Position{Line: p.Line, Column: p.Column, Offset: p.Offset, RuneColumn: p.RuneColumn}
}

func clampSpan(text string, start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if start > end {
		start = end
	}
	return start, end
}

func intOf(v any) (int, error) {
	switch n := v.(type) {
	case json.Number:
		i, err := n.Int64()
		return int(i), err
	case int:
		return n, nil
	case float64:
		return int(n), nil
	}
	return 0, fmt.Errorf("not a number: %v", v)
}

func suggestions(v any) []finding.Suggestion {
	list, _ := v.([]any)
	out := make([]finding.Suggestion, 0, len(list))
	for _, it := range list {
		m, ok := it.(map[string]any)
		if !ok {
			continue
		}
		var s finding.Suggestion
		s.Replacement, _ = m["replacement"].(string)
		s.Description, _ = m["description"].(string)
		s.Safe, _ = m["safe"].(bool)
		out = append(out, s)
	}
	return out
}

// sectionPaths names the section holding a byte offset, as "一、… > （二）…",
// joining each section's path once: a 10 MB report has tens of thousands
// of findings in a few thousand sections, and the findings of a section
// then share one string.
type sectionPaths struct {
	doc    *parser.Document
	joined []string // by section index; "" until first asked for
}

func newSectionPaths(doc *parser.Document) *sectionPaths {
	return &sectionPaths{doc: doc}
}

// at returns the path of the section holding the paragraph at off, "" before
// the first heading.
func (s *sectionPaths) at(off int) string {
	paras := s.doc.Paragraphs
	i := sort.Search(len(paras), func(i int) bool { return paras[i].Span.End.Offset > off })
	if i == len(paras) {
		i--
	}
	if i < 0 || paras[i].Section < 0 {
		return ""
	}
	want := paras[i].Section
	if want >= len(s.doc.Sections) {
		return s.scan(want)
	}
	if s.joined == nil {
		s.joined = make([]string, len(s.doc.Sections))
	}
	if s.joined[want] == "" { // not yet joined, or a path that joins to "" (cheap again)
		s.joined[want] = s.scan(want)
	}
	return s.joined[want]
}

// scan finds section want: sections are numbered by their position, so the
// lookup is direct and the loop only a fallback for a document built
// otherwise.
func (s *sectionPaths) scan(want int) string {
	sections := s.doc.Sections
	if want < len(sections) && sections[want].Index == want {
		return strings.Join(sections[want].Path, " > ")
	}
	for _, sec := range sections {
		if sec.Index == want {
			return strings.Join(sec.Path, " > ")
		}
	}
	return ""
}

// findingOrder is what SortFindings sorts: the first two keys inline, so
// that most comparisons touch only the key slice, the finding itself for
// the rarer ties, and its index as the last key so that an unstable sort
// gives the stable order.
type findingOrder struct {
	path  string
	start int
	f     *finding.Finding
	index int
}

func compareFindingOrder(a, b findingOrder) int {
	if c := cmp.Or(strings.Compare(a.path, b.path), cmp.Compare(a.start, b.start)); c != 0 {
		return c
	}
	return cmp.Or(
		strings.Compare(a.f.Rule, b.f.Rule),
		cmp.Compare(a.f.End.Offset, b.f.End.Offset),
		strings.Compare(a.f.Message, b.f.Message),
		cmp.Compare(a.index, b.index),
	)
}

// SortFindings orders findings by path, start offset, rule, end offset and
// message, keeping the given order among equals, so output is identical
// from run to run.
//
// A finding is a large struct: sorting the findings themselves copied two of
// them per comparison and moved each many times. Small keys are sorted
// instead and each finding is then moved once, along the cycles of the
// permutation.
func SortFindings(fs []finding.Finding) {
	keys := make([]findingOrder, len(fs))
	for i := range fs {
		keys[i] = findingOrder{path: fs[i].Path, start: fs[i].Start.Offset, f: &fs[i], index: i}
	}
	if slices.IsSortedFunc(keys, compareFindingOrder) {
		return
	}
	slices.SortFunc(keys, compareFindingOrder)
	permute(fs, keys)
}

// permute rearranges fs so that fs[i] becomes the old fs[keys[i].index],
// moving each finding once. It marks finished positions in keys.
func permute(fs []finding.Finding, keys []findingOrder) {
	for i := range keys {
		if keys[i].index == i {
			continue
		}
		held := fs[i]
		j := i
		for {
			from := keys[j].index
			keys[j].index = j
			if from == i {
				fs[j] = held
				break
			}
			fs[j] = fs[from]
			j = from
		}
	}
}

// Reading results as terms: OPA's default conversion of a query result
// builds a map[string]any per result object, which on a report with tens
// of thousands of findings cost more than everything else done per
// finding. Evaluation can ask for the terms instead and the fields are
// read from them directly.

// resultElements is the rego.EvalGenerateJSON converter for the findings
// query: the result set becomes a []any of its element terms, in the
// order OPA's own conversion lists them (the set's sorted order), so that
// findings equal in every sorted field keep the same order. Any other
// value is converted as OPA would.
func resultElements(t *ast.Term, _ *rego.EvalContext) (any, error) {
	set, ok := t.Value.(ast.Set)
	if !ok {
		return ast.JSON(t.Value)
	}
	out := make([]any, 0, set.Len())
	set.Foreach(func(el *ast.Term) { out = append(out, el) })
	return out, nil
}

// resultKey holds the keys read from result objects, built once (and
// grouped so they cannot clash with the input encoder's key terms).
var resultKey = struct {
	rule, message, severity, start, end, suggestions, replacement, description, safe *ast.Term
}{
	rule: ast.StringTerm("rule"), message: ast.StringTerm("message"), severity: ast.StringTerm("severity"),
	start: ast.StringTerm("start"), end: ast.StringTerm("end"), suggestions: ast.StringTerm("suggestions"),
	replacement: ast.StringTerm("replacement"), description: ast.StringTerm("description"), safe: ast.StringTerm("safe"),
}

func resultFromObject(obj ast.Object) resultFields {
	var r resultFields
	r.rule = termString(obj.Get(resultKey.rule))
	r.message = termString(obj.Get(resultKey.message))
	r.severity = termString(obj.Get(resultKey.severity))
	start, ok1 := termInt(obj.Get(resultKey.start))
	end, ok2 := termInt(obj.Get(resultKey.end))
	r.start, r.end, r.numeric = start, end, ok1 && ok2
	r.suggestions = termSuggestions(obj.Get(resultKey.suggestions))
	return r
}

// termString is the string a term holds, "" for any other term.
func termString(t *ast.Term) string {
	if t == nil {
		return ""
	}
	s, _ := t.Value.(ast.String)
	return string(s)
}

// termInt reads a number term the way intOf reads its JSON form.
func termInt(t *ast.Term) (int, bool) {
	if t == nil {
		return 0, false
	}
	n, ok := t.Value.(ast.Number)
	if !ok {
		return 0, false
	}
	i, err := json.Number(n).Int64()
	return int(i), err == nil
}

// termSuggestions reads a list (array or set) of suggestion objects the
// way suggestions reads its JSON form: other elements are skipped.
func termSuggestions(t *ast.Term) []finding.Suggestion {
	var elems []*ast.Term
	switch v := termValue(t).(type) {
	case *ast.Array:
		elems = make([]*ast.Term, v.Len())
		for i := range elems {
			elems[i] = v.Elem(i)
		}
	case ast.Set:
		elems = v.Slice() // in sorted order, as OPA's conversion lists a set
	}
	out := make([]finding.Suggestion, 0, len(elems)) // JSON writes [] for none, never null
	for _, el := range elems {
		obj, ok := el.Value.(ast.Object)
		if !ok {
			continue
		}
		safe, _ := termValue(obj.Get(resultKey.safe)).(ast.Boolean)
		out = append(out, finding.Suggestion{
			Replacement: termString(obj.Get(resultKey.replacement)),
			Description: termString(obj.Get(resultKey.description)),
			Safe:        bool(safe),
		})
	}
	return out
}

// termValue is t's value, nil for a missing term.
func termValue(t *ast.Term) ast.Value {
	if t == nil {
		return nil
	}
	return t.Value
}
