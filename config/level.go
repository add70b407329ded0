package config

import (
	"maps"
	"strings"

	"github.com/gwlint/gwlint/finding"
)

// categoryKey is the "category/*" key that configures every rule of the
// rule's category.
func categoryKey(ruleID string) string {
	category, _, _ := strings.Cut(ruleID, "/")
	return category + "/*"
}

// LevelFor returns the severity a rule reports at: the rule's own level if
// set, else its category's, else def. The exact id wins so that
// "punctuation/*: off" can be combined with one punctuation rule kept on.
func (c *Config) LevelFor(ruleID string, def finding.Severity) finding.Severity {
	if rc, ok := c.Rules[ruleID]; ok && rc.Level != nil {
		return *rc.Level
	}
	if rc, ok := c.Rules[categoryKey(ruleID)]; ok && rc.Level != nil {
		return *rc.Level
	}
	return def
}

// OptionsFor returns the options handed to a rule: its category's options
// overlaid with its own. The result is a new map the caller may keep; nil
// when neither sets any.
func (c *Config) OptionsFor(ruleID string) map[string]any {
	var out map[string]any
	for _, key := range []string{categoryKey(ruleID), ruleID} {
		rc, ok := c.Rules[key]
		if !ok || len(rc.Options) == 0 {
			continue
		}
		if out == nil {
			out = map[string]any{}
		}
		maps.Copy(out, rc.Options)
	}
	return out
}
