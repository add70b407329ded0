package report

import (
	"path/filepath"
	"strings"
)

// relativeTo returns p relative to base with forward slashes, and whether p
// lies inside base. With an empty base, a relative path that stays inside
// the working directory counts as inside. Paths outside are not rewritten
// to "../" forms because SARIF consumers cannot resolve those against a
// repository root.
func relativeTo(base, p string) (string, bool) {
	if p == "" {
		return "", false
	}
	if base == "" {
		if filepath.IsLocal(p) {
			return filepath.ToSlash(filepath.Clean(p)), true
		}
		return "", false
	}
	absBase, err := filepath.Abs(base)
	if err != nil {
		return "", false
	}
	absPath, err := filepath.Abs(p)
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(absBase, absPath)
	if err != nil || !filepath.IsLocal(rel) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// displayPath is the path shown in text, JSON and GitHub output: relative
// to base when possible, otherwise as the engine gave it, always with
// forward slashes so output does not depend on the operating system.
func displayPath(base, p string) string {
	if rel, ok := relativeTo(base, p); ok {
		return rel
	}
	return filepath.ToSlash(p)
}

// absoluteSlashPath returns p as an absolute path with forward slashes and a
// leading slash (so "C:/x" becomes "/C:/x", the file URI form).
func absoluteSlashPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	slash := filepath.ToSlash(abs)
	if !strings.HasPrefix(slash, "/") {
		slash = "/" + slash
	}
	return slash, nil
}

// displayPaths remembers the display path of the last path it was asked
// for. Every finding of a file carries the file's path, and displayPath
// costs two filepath.Abs calls (each asking the OS for the working
// directory), which on a report with tens of thousands of findings was most
// of a reporter's time. The working directory does not change during a
// run, so the cached answer stays right.
type displayPaths struct {
	base        string
	path, shown string
	known       bool
}

// of returns displayPath(base, p).
func (d *displayPaths) of(p string) string {
	if !d.known || p != d.path {
		d.path, d.shown, d.known = p, displayPath(d.base, p), true
	}
	return d.shown
}
