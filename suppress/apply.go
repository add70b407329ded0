package suppress

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gwlint/gwlint/finding"
)

// Apply drops the findings a directive covers and reports directive
// problems: a missing reason, and a rule a directive names that matched no
// finding. A finding is identified by its rule id and start byte offset
// (Ignore directives use the whole span).
//
// A directive without a reason suppresses nothing, as in staticcheck: the
// author sees the finding next to the request for a reason, and a
// suppression can never be added silently. It is then not reported as
// unused either, since that would be the same mistake twice.
//
// enabled is asked about each rule pattern exactly as the directive wrote
// it (an id, "category/*" or "all") and should say whether any rule it
// names ran; a directive for a rule the config turned off is not unused.
// A nil enabled treats every rule as enabled.
func Apply(dirs []*Directive, findings []finding.Finding, enabled func(rule string) bool) (kept []finding.Finding, problems []Problem) {
	var active []*Directive
	for _, d := range dirs {
		d.used = nil
		if d.Kind != Enable && d.Reason != "" {
			active = append(active, d)
		}
	}
	for _, f := range findings {
		suppressed := false
		for _, d := range active {
			if d.covers(f.Rule, f.Start.Offset, f.End.Offset) {
				d.markUsed(f.Rule, f.Start.Offset, f.End.Offset)
				suppressed = true
			}
		}
		if !suppressed {
			kept = append(kept, f)
		}
	}
	for _, d := range dirs {
		problems = append(problems, d.problems(enabled)...)
	}
	sort.SliceStable(problems, func(i, j int) bool { return problems[i].Start < problems[j].Start })
	return kept, problems
}

// problems returns what is wrong with d after Apply has marked its uses.
func (d *Directive) problems(enabled func(rule string) bool) []Problem {
	if d.Kind == Enable {
		return nil
	}
	if d.Reason == "" {
		return []Problem{{Rule: RuleMissingReason, Start: d.Start, End: d.End, Message: missingReasonMessage(d)}}
	}
	var unused []string
	for _, pattern := range d.Rules {
		if !d.used[pattern] && (enabled == nil || enabled(pattern)) {
			unused = append(unused, pattern)
		}
	}
	if len(unused) == 0 {
		return nil
	}
	msg := "this directive matched no finding; remove it"
	if len(unused) < len(d.Rules) {
		msg = fmt.Sprintf("this directive matched no %s finding; remove %s from it",
			strings.Join(unused, " or "), strings.Join(unused, ", "))
	}
	return []Problem{{Rule: RuleUnused, Start: d.Start, End: d.End, Message: msg}}
}

func missingReasonMessage(d *Directive) string {
	example := fmt.Sprintf("<!-- %s %s -- 原文引用，保持原样 -->", d.Kind, strings.Join(d.Rules, ","))
	if d.Kind == Ignore {
		example = fmt.Sprintf("%s %s 原文引用，保持原样", d.Kind, strings.Join(d.Rules, ","))
	}
	return fmt.Sprintf("%s needs a reason, e.g. %s; it suppresses nothing until it has one", d.Kind, example)
}
