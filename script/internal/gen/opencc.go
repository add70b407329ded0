package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// openCC drives the two OpenCC command-line tools: opencc_dict, which turns a
// binary .ocd2 dictionary into text, and opencc, which converts sample
// sentences for the test fixture.
type openCC struct {
	dictDir string
	tmpDir  string
	version string
}

// sources are the dictionaries the tables are derived from.
type sources struct {
	ts, st      dict
	variantRevs []dict
}

// variantRevDicts map regional variants (Taiwan, Hong Kong) back to OpenCC's
// standard traditional forms. They are used only to widen the t2s table (see
// derive); the forward TWVariants/HKVariants tables would turn text into a
// regional standard, which mainland normalisation does not want.
var variantRevDicts = []string{"TWVariantsRev", "HKVariantsRev"}

func newOpenCC(dictDir string) (*openCC, error) {
	for _, tool := range []string{"opencc_dict", "opencc"} {
		if _, err := exec.LookPath(tool); err != nil {
			return nil, fmt.Errorf("%s not found (apt-get install -y opencc): %w", tool, err)
		}
	}
	tmp, err := os.MkdirTemp("", "gwlint-opencc-")
	if err != nil {
		return nil, fmt.Errorf("creating scratch directory: %w", err)
	}
	return &openCC{dictDir: dictDir, tmpDir: tmp, version: detectVersion()}, nil
}

func (o *openCC) close() { _ = os.RemoveAll(o.tmpDir) }

func (o *openCC) loadSources() (sources, error) {
	var src sources
	var err error
	if src.ts, err = o.exportDict("TSCharacters"); err != nil {
		return src, err
	}
	if src.st, err = o.exportDict("STCharacters"); err != nil {
		return src, err
	}
	for _, name := range variantRevDicts {
		d, err := o.exportDict(name)
		if err != nil {
			return src, err
		}
		src.variantRevs = append(src.variantRevs, d)
	}
	return src, nil
}

// exportDict converts dictionary name from .ocd2 to text and parses it.
func (o *openCC) exportDict(name string) (dict, error) {
	in := filepath.Join(o.dictDir, name+".ocd2")
	out := filepath.Join(o.tmpDir, name+".txt")
	cmd := exec.Command("opencc_dict", "-i", in, "-o", out, "-f", "ocd2", "-t", "text")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("exporting %s: %w: %s", in, err, bytes.TrimSpace(msg))
	}
	text, err := os.ReadFile(out)
	if err != nil {
		return nil, fmt.Errorf("reading exported %s: %w", name, err)
	}
	d, err := parseDict(string(text))
	if err != nil {
		return nil, fmt.Errorf("parsing %s: %w", name, err)
	}
	return d, nil
}

// convert runs `opencc -c config` over lines, one process for all of them.
func (o *openCC) convert(config string, lines []string) ([]string, error) {
	cmd := exec.Command("opencc", "-c", config)
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("opencc -c %s: %w: %s", config, err, bytes.TrimSpace(stderr.Bytes()))
	}
	got := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(got) != len(lines) {
		return nil, fmt.Errorf("opencc -c %s: %d lines in, %d out", config, len(lines), len(got))
	}
	return got, nil
}

// detectVersion names the OpenCC data release. The Debian package version is
// preferred because `opencc --version` of 1.1.6+ds1-1 still prints 1.1.5.
func detectVersion() string {
	if out, err := exec.Command("dpkg-query", "-W", "-f=${Version}", "libopencc-data").Output(); err == nil && len(out) > 0 {
		return "Debian libopencc-data " + string(out)
	}
	out, err := exec.Command("opencc", "--version").Output()
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "Version: "); ok {
			return "opencc " + v
		}
	}
	return "unknown"
}
