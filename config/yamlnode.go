package config

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// walker collects errors while walking a config's node tree, so one run
// reports every mistake in the file instead of stopping at the first.
type walker struct {
	file string
	errs []error
}

func (w *walker) errorf(node *yaml.Node, format string, args ...any) {
	line := 0
	if node != nil {
		line = node.Line
	}
	w.errorAt(line, format, args...)
}

func (w *walker) errorAt(line int, format string, args ...any) {
	w.errs = append(w.errs, &Error{File: w.file, Line: line, Message: fmt.Sprintf(format, args...)})
}

// entry is one key/value pair of a YAML mapping.
type entry struct {
	key   string
	keyAt *yaml.Node
	value *yaml.Node
}

// resolve follows aliases (*anchor) to the node they name.
func resolve(node *yaml.Node) *yaml.Node {
	for node != nil && node.Kind == yaml.AliasNode {
		node = node.Alias
	}
	return node
}

func isNull(node *yaml.Node) bool {
	node = resolve(node)
	return node == nil || (node.Kind == yaml.ScalarNode && node.Tag == "!!null")
}

// kindName names a node kind the way a config author thinks of it.
func kindName(node *yaml.Node) string {
	switch resolve(node).Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if isNull(node) {
			return "empty"
		}
		return fmt.Sprintf("%q", resolve(node).Value)
	default:
		return "something else"
	}
}

// mapping returns the entries of a mapping node in order. yaml.v3 does not
// reject duplicate keys when decoding into a Node, so they are caught here;
// the later duplicate is reported and dropped. A null node is an empty
// mapping ("rules:" with every entry commented out).
func (w *walker) mapping(node *yaml.Node, what string) []entry {
	node = resolve(node)
	if isNull(node) {
		return nil
	}
	if node.Kind != yaml.MappingNode {
		w.errorf(node, "%s must be a mapping, not %s", what, kindName(node))
		return nil
	}
	seen := map[string]int{}
	var out []entry
	for i := 0; i+1 < len(node.Content); i += 2 {
		k, v := resolve(node.Content[i]), node.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			w.errorf(k, "%s: keys must be plain strings", what)
			continue
		}
		if first, dup := seen[k.Value]; dup {
			w.errorf(k, "duplicate key %q in %s (first at line %d)", k.Value, what, first)
			continue
		}
		seen[k.Value] = k.Line
		out = append(out, entry{key: k.Value, keyAt: k, value: resolve(v)})
	}
	return out
}

// stringList reads a list of strings and the line of each; a single string
// is accepted as a one-element list because "ignore: drafts/**" is an easy
// thing to write.
func (w *walker) stringList(node *yaml.Node, what string) (values []string, lines []int) {
	node = resolve(node)
	switch {
	case isNull(node):
		return nil, nil
	case node.Kind == yaml.ScalarNode:
		if node.Value == "" {
			w.errorf(node, "%s must not be empty", what)
			return nil, nil
		}
		return []string{node.Value}, []int{node.Line}
	case node.Kind != yaml.SequenceNode:
		w.errorf(node, "%s must be a list of strings, not %s", what, kindName(node))
		return nil, nil
	}
	for _, item := range node.Content {
		item = resolve(item)
		if item.Kind != yaml.ScalarNode || item.Tag == "!!null" || item.Value == "" {
			w.errorf(item, "%s: each entry must be a non-empty string, not %s", what, kindName(item))
			continue
		}
		values = append(values, item.Value)
		lines = append(lines, item.Line)
	}
	return values, lines
}
