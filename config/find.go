package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Find looks for a config file in startDir and each parent folder up to the
// file-system root, the way git finds .git: a project keeps one config at
// its top and gwlint works from any folder below it. It returns the
// absolute path of the first file found, or "" when there is none.
func Find(startDir string) (string, error) {
	dir, err := filepath.Abs(startDir)
	if err != nil {
		return "", fmt.Errorf("finding config from %s: %w", startDir, err)
	}
	for {
		for _, name := range FileNames {
			candidate := filepath.Join(dir, name)
			info, err := os.Stat(candidate)
			switch {
			case err == nil && !info.IsDir():
				return candidate, nil
			case err != nil && !errors.Is(err, fs.ErrNotExist):
				return "", fmt.Errorf("finding config: %w", err)
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}
