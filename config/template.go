package config

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gwlint/gwlint/finding"
	"gopkg.in/yaml.v3"
)

// templateHeader explains the file to someone who has never read the docs.
const templateHeader = `# gwlint configuration (see docs/configuration.md).
# Lines starting with "#" are comments. To change a setting, remove the "# "
# in front of it and edit the value.
version: 1

# rules: per rule id (category/name) or per category ("punctuation/*"):
#   level: error | warning | info | off   (or just "off" as the value)
#   any other key is an option handed to the rule.
# The exact id wins over "category/*". Shown: every rule at its default.
rules:
`

const templatePaths = `
# ignore: files not to lint; globs relative to this file's folder.
# "**" matches any number of folders; a folder pattern ignores its contents.
ignore:
  # - "drafts/**"
  # - "**/*.tmp.txt"

# rule_paths: extra folders of Rego rules (relative to this file).
rule_paths:
  # - ./policy

# data: extra word lists (YAML or JSON) merged into data.gwlint.
data:
  # - ./words/typos.yaml

# profiles: per document kind, the sections a complete document has.
# Section roles: problems (存在问题), plan (下一步计划), and others the
# parser recognizes. Shown: the defaults.
profiles:
`

// Template returns a commented default config for "gwlint init": every rule
// with its default level and options, and every profile default. Each
// example line becomes a valid setting when its "# " is removed.
func Template(rules []finding.Rule) string {
	var b strings.Builder
	b.WriteString(templateHeader)
	sorted := append([]finding.Rule{}, rules...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	lastCategory := ""
	for _, r := range sorted {
		if category := strings.SplitN(r.ID, "/", 2)[0]; category != lastCategory {
			if lastCategory != "" {
				b.WriteString("\n")
			}
			lastCategory = category
		}
		fmt.Fprintf(&b, "  # %s: %s%s\n", r.ID, ruleDefaults(r), trailingComment(r.Title))
	}
	b.WriteString(templatePaths)
	for _, kind := range defaultKinds() {
		fmt.Fprintf(&b, "  # %s: {required_sections: [%s]}\n", kind, strings.Join(defaultRequired[kind], ", "))
	}
	return b.String()
}

// ruleDefaults renders a rule's default level and options as a YAML flow
// mapping, e.g. {level: warning, min_run: 2}.
func ruleDefaults(r finding.Rule) string {
	level := r.Severity.String()
	if r.Severity == finding.SeverityNone {
		level = "off"
	}
	m := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
	m.Content = append(m.Content, scalar("level"), scalar(level))
	for _, opt := range r.Options {
		if opt.Default == nil {
			continue
		}
		var v yaml.Node
		if err := v.Encode(opt.Default); err != nil {
			continue
		}
		setFlow(&v)
		m.Content = append(m.Content, scalar(opt.Name), &v)
	}
	out, err := yaml.Marshal(m)
	if err != nil {
		return "{level: " + level + "}"
	}
	return strings.TrimSpace(string(out))
}

func scalar(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

// setFlow makes nested option values print on one line, so the whole
// setting stays on its commented line.
func setFlow(n *yaml.Node) {
	if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode {
		n.Style = yaml.FlowStyle
	}
	for _, c := range n.Content {
		setFlow(c)
	}
}

// trailingComment puts a rule's title after the setting, on one line.
func trailingComment(title string) string {
	title = strings.Join(strings.Fields(title), " ")
	if title == "" {
		return ""
	}
	return "  # " + title
}
