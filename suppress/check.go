package suppress

import (
	"fmt"
	"strings"
)

// CheckRules reports directive rule patterns that name no known rule.
// Parse cannot do this because user rule folders are loaded later; without
// the check a misspelt id would suppress nothing and, being for no enabled
// rule, never be reported as unused either.
func CheckRules(dirs []*Directive, known []string) []Problem {
	ids := make(map[string]bool, len(known))
	categories := map[string]bool{}
	for _, id := range known {
		ids[id] = true
		if category, _, ok := strings.Cut(id, "/"); ok {
			categories[category] = true
		}
	}
	var problems []Problem
	for _, d := range dirs {
		for _, pattern := range d.Rules {
			category, isCategory := strings.CutSuffix(pattern, "/*")
			switch {
			case pattern == "all", ids[pattern], isCategory && categories[category]:
				continue
			}
			problems = append(problems, Problem{
				Rule: RuleInvalid, Start: d.Start, End: d.End,
				Message: fmt.Sprintf("%s names unknown rule %q", d.Kind, pattern),
			})
		}
	}
	return problems
}
