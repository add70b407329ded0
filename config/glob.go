package config

import (
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Ignored reports whether a path given on the command line matches an
// ignore glob. Globs are relative to the config's directory, so the path is
// made relative to Dir first; a path outside Dir matches only absolute
// globs. A glob that matches a folder ignores everything inside it, as in
// .gitignore, so "drafts" works as well as "drafts/**".
func (c *Config) Ignored(p string) bool {
	if len(c.Ignore) == 0 {
		return false
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	rel, inside := c.relative(abs)
	for _, glob := range c.Ignore {
		pattern := strings.TrimSuffix(filepath.ToSlash(glob), "/")
		target := rel
		if filepath.IsAbs(glob) {
			target, inside = filepath.ToSlash(abs), true
		} else {
			pattern = strings.TrimPrefix(pattern, "./")
		}
		if inside && matchesSelfOrParent(pattern, target) {
			return true
		}
	}
	return false
}

// relative returns abs relative to Dir in slash form, and whether it lies
// inside Dir at all.
func (c *Config) relative(abs string) (string, bool) {
	dir := c.Dir
	if dir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return "", false
		}
		dir = wd
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// matchesSelfOrParent matches the pattern against p and each of its parent
// folders.
func matchesSelfOrParent(pattern, p string) bool {
	for candidate := p; candidate != "." && candidate != "/" && candidate != ""; candidate = path.Dir(candidate) {
		if ok, err := doublestar.Match(pattern, candidate); err == nil && ok {
			return true
		}
	}
	return false
}
