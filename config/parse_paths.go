package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"
)

// parseIgnore reads "ignore:", keeping the globs as written and rejecting
// malformed ones now rather than failing silently later.
func parseIgnore(w *walker, cfg *Config, value *yaml.Node) {
	globs, lines := w.stringList(value, "ignore")
	for i, glob := range globs {
		if !doublestar.ValidatePattern(filepath.ToSlash(glob)) {
			w.errorAt(lines[i], "ignore: %q is not a valid glob", glob)
			continue
		}
		cfg.Ignore = append(cfg.Ignore, glob)
	}
}

func parseRulePaths(w *walker, cfg *Config, value *yaml.Node) {
	dirs, lines := w.stringList(value, "rule_paths")
	for i, dir := range dirs {
		abs := cfg.resolve(dir)
		cfg.RulePaths = append(cfg.RulePaths, abs)
		cfg.pathLines[abs] = lines[i]
	}
}

// dataExtensions are the word-list formats the engine can merge.
var dataExtensions = []string{".yaml", ".yml", ".json"}

func parseDataFiles(w *walker, cfg *Config, value *yaml.Node) {
	files, lines := w.stringList(value, "data")
	for i, file := range files {
		ext := strings.ToLower(filepath.Ext(file))
		if !slices.Contains(dataExtensions, ext) {
			w.errorAt(lines[i], "data: %q must be a .yaml, .yml or .json file", file)
			continue
		}
		abs := cfg.resolve(file)
		cfg.DataFiles = append(cfg.DataFiles, abs)
		cfg.pathLines[abs] = lines[i]
	}
}

// resolve makes a path from the config absolute, relative to the config's
// directory, so the same file works whatever directory gwlint runs from.
func (c *Config) resolve(p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(c.Dir, filepath.FromSlash(p))
}

// CheckPaths reports rule folders and data files that do not exist, at the
// line that names them. Load calls it; Parse does not, so a config can be
// parsed without the files it refers to.
func (c *Config) CheckPaths() error {
	w := &walker{file: displayName(c.Path)}
	check := func(key, p string, wantDir bool) {
		line := c.pathLines[p]
		info, err := os.Stat(p)
		switch {
		case err != nil:
			w.errorAt(line, "%s: %s", key, describeStatError(p, err))
		case wantDir && !info.IsDir():
			w.errorAt(line, "%s: %s is not a folder", key, p)
		case !wantDir && info.IsDir():
			w.errorAt(line, "%s: %s is a folder, not a file", key, p)
		}
	}
	for _, p := range c.RulePaths {
		check("rule_paths", p, true)
	}
	for _, p := range c.DataFiles {
		check("data", p, false)
	}
	if len(w.errs) == 0 {
		return nil
	}
	return errors.Join(w.errs...)
}

func describeStatError(p string, err error) string {
	if os.IsNotExist(err) {
		return fmt.Sprintf("%s does not exist", p)
	}
	return err.Error()
}
