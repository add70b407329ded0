package config

import (
	"strings"
	"unicode"

	"github.com/gwlint/gwlint/finding"
	"gopkg.in/yaml.v3"
)

// levelNames are the values "level" accepts, for messages and suggestions.
var levelNames = []string{"error", "warning", "info", "off"}

// parseRules reads "rules:", a mapping from rule id or "category/*" to
// either a level ("off") or a mapping of level and options.
func parseRules(w *walker, cfg *Config, value *yaml.Node) {
	for _, e := range w.mapping(value, "rules") {
		if !isRuleKey(e.key) {
			w.errorf(e.keyAt, "%q is not a rule id (want category/name or category/*)", e.key)
			continue
		}
		rc, ok := parseRule(w, e)
		if ok {
			cfg.Rules[e.key] = rc
		}
	}
}

func parseRule(w *walker, e entry) (RuleConfig, bool) {
	rc := RuleConfig{Line: e.keyAt.Line}
	switch {
	case isNull(e.value):
		return rc, true
	case e.value.Kind == yaml.ScalarNode:
		level, ok := parseLevel(w, e.key, e.value)
		rc.Level = level
		return rc, ok
	case e.value.Kind != yaml.MappingNode:
		w.errorf(e.value, "rule %s: want a level (%s) or a mapping, not %s",
			e.key, strings.Join(levelNames, ", "), kindName(e.value))
		return rc, false
	}
	ok := true
	for _, opt := range w.mapping(e.value, "rule "+e.key) {
		if opt.key == "level" {
			level, levelOK := parseLevel(w, e.key, opt.value)
			rc.Level, ok = level, ok && levelOK
			continue
		}
		var v any
		if err := opt.value.Decode(&v); err != nil {
			w.errorf(opt.value, "rule %s: option %s: %v", e.key, opt.key, err)
			ok = false
			continue
		}
		if rc.Options == nil {
			rc.Options, rc.optionLines = map[string]any{}, map[string]int{}
		}
		rc.Options[opt.key] = v
		rc.optionLines[opt.key] = opt.keyAt.Line
	}
	return rc, ok
}

// parseLevel reads a level scalar. YAML 1.2 keeps "off" a string, but a
// bare false is accepted too because authors write "wording/typo: false".
func parseLevel(w *walker, rule string, node *yaml.Node) (*finding.Severity, bool) {
	node = resolve(node)
	if node.Kind == yaml.ScalarNode && node.Tag == "!!bool" && node.Value == "false" {
		off := finding.SeverityNone
		return &off, true
	}
	if node.Kind != yaml.ScalarNode || node.Tag != "!!str" {
		w.errorf(node, "rule %s: level must be one of %s, not %s", rule, strings.Join(levelNames, ", "), kindName(node))
		return nil, false
	}
	level, err := finding.ParseSeverity(node.Value)
	if err != nil {
		w.errorf(node, "rule %s: bad level %q (want %s)%s", rule, node.Value,
			strings.Join(levelNames, ", "), didYouMean(strings.ToLower(node.Value), levelNames))
		return nil, false
	}
	return &level, true
}

// isRuleKey checks the shape of a rule key: "category/name" or
// "category/*", without spaces. Whether the rule exists is Validate's job,
// because user rule folders are only known once the engine loads them.
func isRuleKey(key string) bool {
	category, name, ok := strings.Cut(key, "/")
	if !ok || category == "" || name == "" || strings.Contains(name, "/") || category == "*" {
		return false
	}
	if strings.Contains(name, "*") && name != "*" {
		return false
	}
	return !strings.ContainsFunc(key, unicode.IsSpace)
}
