package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// gseModule is the module whose dictionaries feed the table.
const gseModule = "github.com/go-ego/gse"

// defaultTop is how many characters per script the table keeps. About 3,000
// characters cover more than 99% of running text in either script, while
// the rare remainder is where wrong decodings land.
const defaultTop = 3000

// script names one dictionary file and the label of its line in the output.
type script struct {
	label string // first field of the output line
	file  string // file name under gse's data/dict/zh
}

var scripts = []script{
	{label: "simplified", file: "s_1.txt"},
	{label: "traditional", file: "t_1.txt"},
}

// gseSource says where the dictionaries were read from, for the header.
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

// moduleRoot walks up from the working directory to the folder with go.mod.
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
