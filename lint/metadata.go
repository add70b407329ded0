package lint

import (
	"fmt"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/gwlint/gwlint/finding"
)

// rulePackagePrefix is the package path every rule lives under:
// package gwlint.rules.<category>["<name>"].
var rulePackagePrefix = ast.MustParseRef("data.gwlint.rules")

// Categories are the rule categories gwlint knows. A rule outside them is a
// load error, so ids stay predictable for configs and SARIF consumers.
var Categories = []string{"placeholder", "number", "structure", "wording", "punctuation", "script", "artifact", "date"}

// extractRules reads the METADATA of every rule package. A package under
// data.gwlint.rules must have a package-scoped annotation whose custom.id
// equals its path, a known category, a title, a description and a valid
// default severity; anything else is an error naming the file.
func extractRules(ms *moduleSet, builtin bool) ([]finding.Rule, error) {
	var rules []finding.Rule
	for _, name := range sortedNames(ms.modules) {
		m := ms.modules[name]
		if !m.Package.Path.HasPrefix(rulePackagePrefix) {
			continue
		}
		r, err := ruleFromModule(m)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		r.Builtin = builtin
		rules = append(rules, r)
	}
	return rules, nil
}

func ruleFromModule(m *ast.Module) (finding.Rule, error) {
	var r finding.Rule
	path := m.Package.Path
	if len(path) != len(rulePackagePrefix)+2 {
		return r, fmt.Errorf("package %s: want gwlint.rules.<category>[\"<name>\"]", path)
	}
	category, ok1 := path[len(rulePackagePrefix)].Value.(ast.String)
	name, ok2 := path[len(rulePackagePrefix)+1].Value.(ast.String)
	if !ok1 || !ok2 {
		return r, fmt.Errorf("package %s: category and name must be strings", path)
	}
	r.Category, r.Name = string(category), string(name)
	r.ID = r.Category + "/" + r.Name
	if !knownCategory(r.Category) {
		return r, fmt.Errorf("rule %s: unknown category %q (known: %s)", r.ID, r.Category, strings.Join(Categories, ", "))
	}
	var ann *ast.Annotations
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			ann = a
		}
	}
	if ann == nil {
		return r, fmt.Errorf("rule %s: no package METADATA annotation", r.ID)
	}
	r.Title = strings.TrimSpace(ann.Title)
	r.Description = strings.TrimSpace(ann.Description)
	if r.Title == "" || r.Description == "" {
		return r, fmt.Errorf("rule %s: METADATA needs a title and a description", r.ID)
	}
	c := ann.Custom
	if id, _ := c["id"].(string); id != r.ID {
		return r, fmt.Errorf("rule %s: custom.id is %q, want %q (the package path)", r.ID, id, r.ID)
	}
	if cat, _ := c["category"].(string); cat != r.Category {
		return r, fmt.Errorf("rule %s: custom.category is %q, want %q", r.ID, cat, r.Category)
	}
	sev, _ := c["severity"].(string)
	level, err := finding.ParseSeverity(sev)
	if err != nil || level == finding.SeverityNone {
		return r, fmt.Errorf("rule %s: custom.severity must be error, warning or info", r.ID)
	}
	r.Severity = level
	r.Bad = examples(c["bad"])
	r.Good = examples(c["good"])
	if len(r.Bad) == 0 || len(r.Good) == 0 {
		return r, fmt.Errorf("rule %s: METADATA needs custom.bad and custom.good examples", r.ID)
	}
	r.Options = options(c["options"])
	if r.Needs, err = needs(c["needs"]); err != nil {
		return r, fmt.Errorf("rule %s: custom.needs: %w", r.ID, err)
	}
	for _, rr := range ann.RelatedResources {
		if rr.Ref.String() != "" {
			r.HelpURI = rr.Ref.String()
			break
		}
	}
	return r, nil
}

func knownCategory(c string) bool {
	for _, k := range Categories {
		if k == c {
			return true
		}
	}
	return false
}

// needs reads a list of input paths written as dotted keys.
func needs(v any) ([]string, error) {
	if v == nil {
		return nil, nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("want a list of input paths such as matches.typo")
	}
	out := make([]string, 0, len(list))
	for _, item := range list {
		path, ok := item.(string)
		if !ok || path == "" {
			return nil, fmt.Errorf("%v is not an input path such as matches.typo", item)
		}
		out = append(out, path)
	}
	return out, nil
}

// examples reads a list whose items are strings or {text, note} objects.
func examples(v any) []finding.Example {
	list, _ := v.([]any)
	var out []finding.Example
	for _, item := range list {
		switch x := item.(type) {
		case string:
			out = append(out, finding.Example{Text: x})
		case map[string]any:
			text, _ := x["text"].(string)
			note, _ := x["note"].(string)
			if text != "" {
				out = append(out, finding.Example{Text: text, Note: note})
			}
		}
	}
	return out
}

// options reads a list of {name, description, default} objects.
func options(v any) []finding.Option {
	list, _ := v.([]any)
	var out []finding.Option
	for _, item := range list {
		x, ok := item.(map[string]any)
		if !ok {
			continue
		}
		name, _ := x["name"].(string)
		desc, _ := x["description"].(string)
		if name != "" {
			out = append(out, finding.Option{Name: name, Description: desc, Default: x["default"]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
