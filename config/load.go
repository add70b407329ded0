package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"gopkg.in/yaml.v3"
)

// Load reads and parses a config file and checks that the rule folders and
// word lists it names exist.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	cfg, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	if err := cfg.CheckPaths(); err != nil {
		return nil, err
	}
	return cfg, nil
}

// Parse reads a config from data; path names the file in errors and anchors
// relative paths. An empty file (or one holding only comments) yields the
// defaults. Parse does not touch the file system beyond resolving path.
func Parse(path string, data []byte) (*Config, error) {
	cfg := Default()
	cfg.Path = path
	if path != "" {
		abs, err := filepath.Abs(path)
		if err != nil {
			return nil, fmt.Errorf("config %s: %w", path, err)
		}
		cfg.Dir = filepath.Dir(abs)
	}
	file := displayName(path)

	root, err := decodeSingleDocument(file, data)
	if err != nil || root == nil {
		return cfg, err
	}
	w := &walker{file: file}
	for _, e := range w.mapping(root, "the config file") {
		section, ok := topLevelKeys[e.key]
		if !ok {
			w.errorf(e.keyAt, "unknown key %q%s", e.key, didYouMean(e.key, topLevelNames()))
			continue
		}
		section(w, cfg, e.value)
	}
	if len(w.errs) > 0 {
		return nil, errors.Join(w.errs...)
	}
	return cfg, nil
}

// topLevelKeys maps each key a config file may hold to the function that
// reads its value into the config.
var topLevelKeys = map[string]func(w *walker, cfg *Config, value *yaml.Node){
	"version":    parseVersion,
	"rules":      parseRules,
	"ignore":     parseIgnore,
	"rule_paths": parseRulePaths,
	"data":       parseDataFiles,
	"profiles":   parseProfiles,
}

func topLevelNames() []string {
	names := make([]string, 0, len(topLevelKeys))
	for name := range topLevelKeys {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// decodeSingleDocument parses data as exactly one YAML document and returns
// its root node, or nil for an empty document. A second document ("---")
// is an error: silently ignoring half a file would hide settings.
func decodeSingleDocument(file string, data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, syntaxError(file, data, err)
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		return nil, &Error{File: file, Line: extra.Line, Message: "a config file holds one YAML document; remove the second one"}
	case !errors.Is(err, io.EOF):
		return nil, syntaxError(file, data, err)
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		return nil, nil
	}
	return resolve(doc.Content[0]), nil
}

// parseVersion accepts only 1: a later format may change meanings, and an
// old gwlint must refuse it rather than misread it.
func parseVersion(w *walker, _ *Config, value *yaml.Node) {
	if value.Kind != yaml.ScalarNode || value.Tag != "!!int" {
		w.errorf(value, "version must be the number 1, not %s", kindName(value))
		return
	}
	if value.Value != "1" {
		w.errorf(value, "unsupported version %s (this gwlint reads version 1)", value.Value)
	}
}
