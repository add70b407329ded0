package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadChecksPaths(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "policy"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "typos.yaml"), []byte("typos: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, ".gwlint.yaml")
	write := func(text string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	write("rule_paths: [./policy]\ndata: [typos.yaml]\n")
	cfg, err := Load(path)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if cfg.Path != path || cfg.RulePaths[0] != filepath.Join(dir, "policy") {
		t.Errorf("Path %q RulePaths %q", cfg.Path, cfg.RulePaths)
	}

	write("rule_paths:\n  - ./policy\n  - ./missing\ndata:\n  - policy.json\n  - typos.yaml\n")
	_, err = Load(path)
	if err == nil {
		t.Fatal("Load accepted a missing rule folder")
	}
	want := []string{
		path + ":3: rule_paths: " + filepath.Join(dir, "missing") + " does not exist",
		path + ":5: data: " + filepath.Join(dir, "policy.json") + " does not exist",
	}
	if got := strings.Split(err.Error(), "\n"); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("errors = %q\nwant %q", got, want)
	}

	write("rule_paths: [typos.yaml]\n")
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), ":1: rule_paths: ") || !strings.Contains(err.Error(), "is not a folder") {
		t.Errorf("rule path that is a file: %v", err)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.yaml"))
	if err == nil || !strings.Contains(err.Error(), "none.yaml") {
		t.Errorf("Load of a missing file = %v, want an error naming it", err)
	}
}

func TestTabIndentationIsLocated(t *testing.T) {
	_, err := Parse("c.yaml", []byte("rules:\n\twording/typo: off\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "c.yaml:2: ") {
		t.Errorf("error = %v, want it at line 2", err)
	}
}
