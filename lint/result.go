package lint

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
)

// toFindings converts the objects built by data.gwlint.result into
// findings with positions, section paths and fingerprints.
func (e *Engine) toFindings(doc *parser.Document, raw []any) ([]finding.Finding, error) {
	out := make([]finding.Finding, 0, len(raw))
	for _, r := range raw {
		obj, ok := r.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("rule result %v: not an object (build findings with data.gwlint.result)", r)
		}
		f, err := e.toFinding(doc, obj)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	SortFindings(out)
	return out, nil
}

func (e *Engine) toFinding(doc *parser.Document, obj map[string]any) (finding.Finding, error) {
	var f finding.Finding
	id, _ := obj["rule"].(string)
	rule, ok := e.Rule(id)
	if !ok {
		return f, fmt.Errorf("rule result names unknown rule %q", id)
	}
	start, err1 := intOf(obj["start"])
	end, err2 := intOf(obj["end"])
	if err1 != nil || err2 != nil {
		return f, fmt.Errorf("rule %s: result needs numeric start and end offsets", id)
	}
	start, end = clampSpan(doc.Text, start, end)
	f.Rule, f.Category = rule.ID, rule.Category
	f.Message, _ = obj["message"].(string)
	f.Path = doc.Path
	f.Severity = e.severityOf(rule, obj)
	f.Start = position(doc.Lines.Position(start))
	f.End = position(doc.Lines.Position(end))
	f.Text = doc.Text[start:end]
	f.LineText = doc.Lines.LineText(f.Start.Line)
	f.Section = sectionPath(doc, start)
	f.Suggestions = suggestions(obj["suggestions"])
	return f, nil
}

// severityOf: a configured level wins; otherwise a severity the finding
// carries (a word-list entry's own severity); otherwise the rule default.
func (e *Engine) severityOf(rule finding.Rule, obj map[string]any) finding.Severity {
	configured := e.levels[rule.ID]
	if configured != rule.Severity {
		return configured
	}
	if s, ok := obj["severity"].(string); ok {
		if v, err := finding.ParseSeverity(s); err == nil && v != finding.SeverityNone {
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

// sectionPath names the section holding a byte offset, as "一、… > （二）…".
func sectionPath(doc *parser.Document, off int) string {
	i := sort.Search(len(doc.Paragraphs), func(i int) bool {
		return doc.Paragraphs[i].Span.End.Offset > off
	})
	if i == len(doc.Paragraphs) {
		i--
	}
	if i < 0 || doc.Paragraphs[i].Section < 0 {
		return ""
	}
	want := doc.Paragraphs[i].Section
	// Sections are numbered by their position, so the lookup is direct;
	// the scan is a fallback. Scanning for every finding was quadratic on
	// long documents (thousands of sections, tens of thousands of findings).
	if want < len(doc.Sections) && doc.Sections[want].Index == want {
		return strings.Join(doc.Sections[want].Path, " > ")
	}
	for _, s := range doc.Sections {
		if s.Index == want {
			return strings.Join(s.Path, " > ")
		}
	}
	return ""
}

// SortFindings orders findings by path, line, column, rule, end and
// message, so output is identical from run to run.
func SortFindings(fs []finding.Finding) {
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
