package config

import (
	"os"
	"path/filepath"
	"testing"
)

func TestIgnored(t *testing.T) {
	dir := t.TempDir()
	cfg := &Config{Dir: dir, Ignore: []string{
		"drafts/**", "**/*.tmp.txt", "归档", "./old/*.md", "/srv/shared/**",
	}}
	tests := []struct {
		path string
		want bool
	}{
		{filepath.Join(dir, "drafts", "a.txt"), true},
		{filepath.Join(dir, "drafts", "2024", "b.docx"), true},
		{filepath.Join(dir, "report.tmp.txt"), true},
		{filepath.Join(dir, "x", "y", "z.tmp.txt"), true},
		{filepath.Join(dir, "归档", "2023", "总结.docx"), true}, // folder pattern ignores contents
		{filepath.Join(dir, "old", "a.md"), true},
		{filepath.Join(dir, "old", "deeper", "a.md"), false},
		{filepath.Join(dir, "report.txt"), false},
		{filepath.Join(dir, "mydrafts", "a.txt"), false},
		{filepath.Join(filepath.Dir(dir), "drafts", "a.txt"), false}, // outside Dir
		{"/srv/shared/总结.txt", true},                                 // absolute glob
	}
	for _, tt := range tests {
		if got := cfg.Ignored(tt.path); got != tt.want {
			t.Errorf("Ignored(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

func TestIgnoredRelativeToWorkingDirectory(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.Mkdir("drafts", 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := &Config{Dir: dir, Ignore: []string{"drafts/**"}}
	if !cfg.Ignored("drafts/a.txt") {
		t.Error("relative command-line path under drafts/ not ignored")
	}
	if !cfg.Ignored("./drafts/../drafts/b.txt") {
		t.Error("uncleaned relative path not ignored")
	}
	if cfg.Ignored("a.txt") {
		t.Error("a.txt ignored")
	}
}

func TestIgnoredWithoutGlobs(t *testing.T) {
	if Default().Ignored("anything.txt") {
		t.Error("default config ignores a file")
	}
}
