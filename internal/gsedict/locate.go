// Package gsedict locates and reads the Chinese dictionaries of
// github.com/go-ego/gse, from which gwlint's generators derive the tables
// it embeds (parser/charset's character frequencies, segment's compact
// word list). Reading gse's files at generation time, from the version
// go.mod pins, keeps the derivation reproducible without committing
// megabytes of third-party data.
package gsedict

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// Module is the Go module whose dictionaries the generators read.
const Module = "github.com/go-ego/gse"

// LicenceNotice is the attribution a derived table's header carries,
// since gse's data is Apache-2.0 and derives partly from jieba (MIT).
const LicenceNotice = "# Source licence: gse is Apache-2.0 (https://github.com/go-ego/gse);\n" +
	"# its Chinese dictionary derives partly from jieba, MIT (https://github.com/fxsjy/jieba).\n"

// Source says where the dictionaries are, and which gse version they come
// from, for the generated file's header.
type Source struct {
	Version string // module version, "" when the directory was given
	Dir     string // the folder holding s_1.txt, t_1.txt …
}

// Locate returns the dictionary directory: dir when given (the -dict flag),
// otherwise data/dict/zh of the gse version this module requires, found
// with `go list -m` so that go.mod decides the version.
func Locate(dir string) (Source, error) {
	if dir != "" {
		return Source{Dir: dir}, nil
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Version}} {{.Dir}}", Module).Output()
	if err != nil {
		return Source{}, fmt.Errorf("locating %s with go list (is it downloaded? try go mod download %s): %w", Module, Module, err)
	}
	version, modDir, ok := strings.Cut(strings.TrimSpace(string(out)), " ")
	if !ok || modDir == "" {
		return Source{}, fmt.Errorf("go list gave no directory for %s (run go mod download %s)", Module, Module)
	}
	return Source{Version: version, Dir: filepath.Join(modDir, "data", "dict", "zh")}, nil
}

// Origin names the dictionary files for a generated header: with the
// module version when known ("github.com/go-ego/gse v0.80.3
// data/dict/zh/s_1.txt"), otherwise by directory. files is the file part,
// such as "s_1.txt" or "{s_1,t_1}.txt".
func (s Source) Origin(files string) string {
	if s.Version == "" {
		return "gse's " + files + " in " + s.Dir
	}
	return fmt.Sprintf("%s %s data/dict/zh/%s", Module, s.Version, files)
}
