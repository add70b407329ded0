package lint

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Word lists, patterns and section names are data, not Rego, so users can
// extend them without writing rules. Every data file (YAML or JSON) holds an
// object that is merged into data.gwlint: objects merge key by key, lists
// concatenate (a user file adds entries to a built-in list), and any other
// value from a later file replaces the earlier one.

// loadDataFS reads every .yaml, .yml and .json file under root, in name
// order, and merges them.
func loadDataFS(fsys fs.FS, root string, into map[string]any) error {
	names, err := dataFileNames(fsys, root)
	if err != nil {
		return err
	}
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return err
		}
		if err := mergeDataFile(n, b, into); err != nil {
			return err
		}
	}
	return nil
}

// dataFileNames lists the data files under root in the order they merge.
func dataFileNames(fsys fs.FS, root string) ([]string, error) {
	var names []string
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && isDataFile(p) {
			names = append(names, p)
		}
		return nil
	})
	sort.Strings(names)
	return names, err
}

// loadDataFile reads one user data file.
func loadDataFile(file string, into map[string]any) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("data file: %w", err)
	}
	return mergeDataFile(file, b, into)
}

func isDataFile(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

func mergeDataFile(name string, b []byte, into map[string]any) error {
	var doc any
	var err error
	if strings.EqualFold(path.Ext(name), ".json") {
		err = json.Unmarshal(b, &doc)
	} else {
		err = yaml.Unmarshal(b, &doc)
	}
	if err != nil {
		return fmt.Errorf("data file %s: %w", name, err)
	}
	if doc == nil {
		return nil
	}
	obj, ok := normalizeYAML(doc).(map[string]any)
	if !ok {
		return fmt.Errorf("data file %s: top level must be a mapping", name)
	}
	mergeData(into, obj)
	return nil
}

// mergeData merges src into dst: objects recursively, lists appended.
func mergeData(dst, src map[string]any) {
	for k, v := range src {
		old, exists := dst[k]
		if !exists {
			dst[k] = v
			continue
		}
		switch o := old.(type) {
		case map[string]any:
			if n, ok := v.(map[string]any); ok {
				mergeData(o, n)
				continue
			}
		case []any:
			if n, ok := v.([]any); ok {
				dst[k] = append(o, n...)
				continue
			}
		}
		dst[k] = v
	}
}

// normalizeYAML turns YAML's map[any]any (which yaml.v3 produces for
// non-string keys) and integer types into JSON-compatible values, so data
// reaches OPA and Go matchers in one shape.
func normalizeYAML(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = normalizeYAML(e)
		}
		return x
	case map[any]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[fmt.Sprint(k)] = normalizeYAML(e)
		}
		return out
	case []any:
		for i, e := range x {
			x[i] = normalizeYAML(e)
		}
		return x
	case int:
		return json.Number(fmt.Sprint(x))
	case int64:
		return json.Number(fmt.Sprint(x))
	case uint64:
		return json.Number(fmt.Sprint(x))
	case float64:
		return json.Number(fmt.Sprint(x))
	}
	return v
}
