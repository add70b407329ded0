package config

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFindWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "总结", "2024", "上半年")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p string) {
		t.Helper()
		if err := os.WriteFile(p, []byte("version: 1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	if got, err := Find(deep); err != nil || got != "" {
		t.Fatalf("Find with no config = %q, %v; want \"\", nil", got, err)
	}

	top := filepath.Join(root, ".gwlint.yml")
	write(top)
	if got, err := Find(deep); err != nil || got != top {
		t.Errorf("Find = %q, %v; want %q", got, err, top)
	}

	nearer := filepath.Join(root, "总结", ".gwlint.yaml")
	write(nearer)
	if got, _ := Find(deep); got != nearer {
		t.Errorf("Find = %q, want the nearer %q", got, nearer)
	}

	both := filepath.Join(root, "总结", ".gwlint.yml")
	write(both)
	if got, _ := Find(deep); got != nearer {
		t.Errorf("Find = %q, want .gwlint.yaml preferred over .gwlint.yml", got)
	}
}

func TestFindSkipsFolderNamedLikeConfig(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "sub")
	if err := os.MkdirAll(filepath.Join(sub, ".gwlint.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(root, ".gwlint.yaml")
	if err := os.WriteFile(want, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(sub); err != nil || got != want {
		t.Errorf("Find = %q, %v; want %q", got, err, want)
	}
}
