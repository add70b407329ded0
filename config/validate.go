package config

import (
	"errors"
	"slices"
	"sort"
	"strings"
)

// Validate checks the configured rule ids and options against the rules
// actually loaded. It cannot run in Parse because user rule folders
// (rule_paths) are only known after the engine loads them. known maps each
// rule id to the option names the rule documents.
func (c *Config) Validate(known map[string][]string) error {
	w := &walker{file: displayName(c.Path)}
	candidates := ruleCandidates(known)
	for _, key := range c.ruleKeysInFileOrder() {
		rc := c.Rules[key]
		options, ok := optionsOf(key, known)
		if !ok {
			w.errorAt(rc.Line, "unknown rule %q%s", key, didYouMean(key, candidates))
			continue
		}
		for _, name := range sortedKeys(rc.Options) {
			if slices.Contains(options, name) {
				continue
			}
			w.errorAt(rc.optionLines[name], "rule %s has no option %q (%s)%s",
				key, name, describeOptions(options), didYouMean(name, options))
		}
	}
	return errors.Join(w.errs...)
}

// optionsOf returns the options a rule key accepts and whether the key
// names a loaded rule. A "category/*" key accepts any option one of its
// rules documents, and is unknown when no loaded rule has that category.
func optionsOf(key string, known map[string][]string) ([]string, bool) {
	category, name, _ := strings.Cut(key, "/")
	if name != "*" {
		options, ok := known[key]
		return options, ok
	}
	var options []string
	found := false
	for id, opts := range known {
		if cat, _, _ := strings.Cut(id, "/"); cat == category {
			found = true
			options = append(options, opts...)
		}
	}
	slices.Sort(options)
	return slices.Compact(options), found
}

// ruleCandidates lists every id and "category/*" key, for suggestions.
func ruleCandidates(known map[string][]string) []string {
	seen := map[string]bool{}
	for id := range known {
		seen[id] = true
		seen[categoryKey(id)] = true
	}
	return sortedKeys(seen)
}

func describeOptions(options []string) string {
	if len(options) == 0 {
		return "it takes no options"
	}
	return "options: " + strings.Join(options, ", ")
}

// ruleKeysInFileOrder orders rule keys by the line they were written on,
// so errors read top to bottom like the file.
func (c *Config) ruleKeysInFileOrder() []string {
	keys := sortedKeys(c.Rules)
	sort.SliceStable(keys, func(i, j int) bool { return c.Rules[keys[i]].Line < c.Rules[keys[j]].Line })
	return keys
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
