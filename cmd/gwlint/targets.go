package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gwlint/gwlint/config"
	"github.com/gwlint/gwlint/lint"
)

// supportedExtensions are the files a directory walk picks up.
var supportedExtensions = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true, ".docx": true}

// collectTargets expands the command-line paths: files as given, directories
// recursively (supported extensions only, hidden directories skipped), "-"
// for standard input. Paths matching the config's ignore globs are dropped.
// A path that cannot be read becomes a target whose Read fails, so it is
// reported by name while the others are still linted.
func collectTargets(args []string, cfg *config.Config, stdin io.Reader, stdinName string) []lint.Target {
	var targets []lint.Target
	for _, arg := range args {
		if arg == "-" {
			name := stdinName
			if name == "" {
				name = "<stdin>.txt"
			}
			targets = append(targets, lint.Target{Path: name, Stdin: true, Read: func() ([]byte, error) { return io.ReadAll(stdin) }})
			continue
		}
		info, err := os.Stat(arg)
		switch {
		case err != nil:
			targets = append(targets, failingTarget(arg, err))
		case info.IsDir():
			targets = append(targets, walkDir(arg, cfg)...)
		case !cfg.Ignored(arg):
			targets = append(targets, fileTarget(arg))
		}
	}
	return targets
}

func walkDir(root string, cfg *config.Config) []lint.Target {
	var found []string
	var failed []lint.Target
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			failed = append(failed, failingTarget(p, err))
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if p != root && cfg.Ignored(p) {
				return filepath.SkipDir
			}
			return nil
		}
		if supportedExtensions[strings.ToLower(filepath.Ext(p))] && !strings.HasPrefix(d.Name(), "~$") && !cfg.Ignored(p) {
			found = append(found, p)
		}
		return nil
	})
	sort.Strings(found)
	targets := make([]lint.Target, 0, len(found)+len(failed))
	for _, p := range found {
		targets = append(targets, fileTarget(p))
	}
	return append(targets, failed...)
}

func fileTarget(p string) lint.Target {
	return lint.Target{Path: p, Read: func() ([]byte, error) { return os.ReadFile(p) }}
}

func failingTarget(p string, err error) lint.Target {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	return lint.Target{Path: p, Read: func() ([]byte, error) { return nil, fmt.Errorf("%s", msg) }}
}

// sortTargets orders targets by path so output is stable whatever the order
// of the arguments.
func sortTargets(ts []lint.Target) {
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].Path < ts[j].Path })
}
