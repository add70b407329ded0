package finding

import "testing"

func TestRuleMatches(t *testing.T) {
	for _, tt := range []struct {
		pattern, id string
		want        bool
	}{
		{"wording/typo", "wording/typo", true},
		{"wording/*", "wording/typo", true},
		{"wording/*", "wordingx/typo", false},
		{"word/*", "wording/typo", false},
		{"wording/typo", "wording/typos", false},
		{"*", "wording/typo", false},
	} {
		if got := RuleMatches(tt.pattern, tt.id); got != tt.want {
			t.Errorf("RuleMatches(%q, %q) = %v, want %v", tt.pattern, tt.id, got, tt.want)
		}
	}
}
