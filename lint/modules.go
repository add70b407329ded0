package lint

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// moduleSet is the Rego source gwlint evaluates: the built-in library,
// entrypoint and rules, plus any user rule folders. Test modules are kept
// as source and parsed only by `gwlint test`, so linting never pays for
// them and a broken test cannot stop a lint run.
type moduleSet struct {
	modules map[string]*ast.Module // by file name
	tests   map[string]string      // test module source by file name
}

func newModuleSet() *moduleSet {
	return &moduleSet{modules: map[string]*ast.Module{}, tests: map[string]string{}}
}

// parseOptions parses Rego v1 with METADATA annotations, which carry each
// rule's title, description, id, category, severity and examples.
var parseOptions = ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1}

// addFS parses every .rego file under root in fsys. prefix names the origin
// in file names ("builtin:" or a directory), so compile errors point at the
// right file.
func (ms *moduleSet) addFS(fsys fs.FS, root, prefix string) error {
	return fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || path.Ext(p) != ".rego" {
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		return ms.add(prefix+p, string(src))
	})
}

// addDir parses every .rego file under a directory of the file system.
func (ms *moduleSet) addDir(dir string) error {
	info, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("rule path: %w", err)
	}
	if !info.IsDir() {
		return fmt.Errorf("rule path %s: not a directory", dir)
	}
	return ms.addFS(os.DirFS(dir), ".", strings.TrimSuffix(dir, "/")+"/")
}

func (ms *moduleSet) add(name, src string) error {
	if strings.HasSuffix(name, "_test.rego") {
		ms.tests[name] = src
		return nil
	}
	if _, dup := ms.modules[name]; dup {
		return fmt.Errorf("%s: loaded twice", name)
	}
	m, err := ast.ParseModuleWithOpts(name, src, parseOptions)
	if err != nil {
		return err
	}
	ms.modules[name] = m
	return nil
}

// withTests returns the modules plus the parsed test modules.
func (ms *moduleSet) withTests() (map[string]*ast.Module, error) {
	out := make(map[string]*ast.Module, len(ms.modules)+len(ms.tests))
	for k, v := range ms.modules {
		out[k] = v
	}
	for _, name := range sortedKeys(ms.tests) {
		m, err := ast.ParseModuleWithOpts(name, ms.tests[name], parseOptions)
		if err != nil {
			return nil, err
		}
		out[name] = m
	}
	return out, nil
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// sortedNames returns module file names in a stable order.
func sortedNames(mods map[string]*ast.Module) []string {
	names := make([]string, 0, len(mods))
	for n := range mods {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
