package finding

import "strings"

// RuleMatches reports whether a rule pattern names the rule id: the exact
// id, or "category/*" for every rule of a category. Config keys, the
// --enable/--disable flags and suppression directives all name rules this
// way.
func RuleMatches(pattern, id string) bool {
	if pattern == id {
		return true
	}
	category, ok := strings.CutSuffix(pattern, "/*")
	return ok && strings.HasPrefix(id, category+"/")
}
