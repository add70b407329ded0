// Package modroot finds the root of the gwlint module: the directory that
// holds go.mod. The generators write their tables relative to it and the
// tests read fixtures and ../shared beside it, whichever directory they are
// started from (the module root, a package directory under go test, or
// wherever go:generate runs them).
package modroot

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrNotFound means no directory above the start holds go.mod.
var ErrNotFound = errors.New("no go.mod above the directory")

// Find returns the nearest directory at or above dir that holds go.mod.
func Find(dir string) (string, error) {
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("finding the module root from %s: %w", dir, ErrNotFound)
		}
		dir = parent
	}
}

// FromWorkingDir returns the module root above the working directory.
func FromWorkingDir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding the module root: %w", err)
	}
	return Find(dir)
}
