package numbers

import "github.com/gwlint/gwlint/facts"

// The number extractors read their word classes from data.gwlint.numbers
// (rules/data/numbers.yaml), so users extend them with a data file instead
// of code. These helpers walk the decoded data defensively: a malformed
// entry is skipped, never a panic.

// numbersData returns data.gwlint.numbers.<section>, or nil.
func numbersData(env *facts.Env, section string) map[string]any {
	if env == nil || env.Data == nil {
		return nil
	}
	numbers, _ := env.Data["numbers"].(map[string]any)
	sec, _ := numbers[section].(map[string]any)
	return sec
}

// numbersStrings reads a list of strings, skipping other values.
func numbersStrings(m map[string]any, key string) []string {
	items, _ := m[key].([]any)
	out := make([]string, 0, len(items))
	for _, it := range items {
		if s, ok := it.(string); ok && s != "" {
			out = append(out, s)
		}
	}
	return out
}

// numbersString reads one string, or "".
func numbersString(m map[string]any, key string) string {
	s, _ := m[key].(string)
	return s
}

// numbersEntries reads a list of mappings, skipping other values.
func numbersEntries(m map[string]any, key string) []map[string]any {
	items, _ := m[key].([]any)
	out := make([]map[string]any, 0, len(items))
	for _, it := range items {
		if e, ok := it.(map[string]any); ok {
			out = append(out, e)
		}
	}
	return out
}

// numbersBool reads a boolean field, false when absent.
func numbersBool(m map[string]any, key string) bool {
	b, _ := m[key].(bool)
	return b
}
