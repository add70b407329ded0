package suppress

import (
	"strings"

	"github.com/gwlint/gwlint/finding"
)

// matchRule reports whether a directive's rule pattern names rule: the
// exact id, "category/*" for every rule of the category, or "all".
func matchRule(pattern, rule string) bool {
	return pattern == "all" || finding.RuleMatches(pattern, rule)
}

// isRulePattern reports whether a word has the shape of something a
// directive can name. It decides where the rule list ends and the reason
// begins when the author left out " -- ".
func isRulePattern(word string) bool {
	if word == "all" {
		return true
	}
	category, name, ok := strings.Cut(word, "/")
	if !ok || !isIdentifier(category) {
		return false
	}
	return name == "*" || isIdentifier(name)
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.'
		if !ok {
			return false
		}
	}
	return true
}
