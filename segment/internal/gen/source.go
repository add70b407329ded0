package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// gseModule is the module whose dictionary feeds the word list.
const gseModule = "github.com/go-ego/gse"

// gseSource says where the dictionary was read from, for the header.
type gseSource struct {
	version string // module version, "" when -dict was given
	dictDir string
}

// locateGse returns the dictionary directory: dir when given, otherwise the
// data/dict/zh folder of the gse version this module requires.
func locateGse(dir string) (gseSource, error) {
	if dir != "" {
		return gseSource{dictDir: dir}, nil
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Version}} {{.Dir}}", gseModule).Output()
	if err != nil {
		return gseSource{}, fmt.Errorf("locating %s with go list (is it downloaded? try go mod download %s): %w", gseModule, gseModule, err)
	}
	version, modDir, ok := strings.Cut(strings.TrimSpace(string(out)), " ")
	if !ok || modDir == "" {
		return gseSource{}, fmt.Errorf("go list gave no directory for %s (run go mod download %s)", gseModule, gseModule)
	}
	return gseSource{version: version, dictDir: filepath.Join(modDir, "data", "dict", "zh")}, nil
}

// moduleRoot walks up from the working directory to the folder with go.mod,
// so the generator works from the root and from go:generate alike.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding the module root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("finding the module root: no go.mod above the working directory")
		}
		dir = parent
	}
}
