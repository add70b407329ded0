package modroot

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestFindWalksUpToGoMod(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/m\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, start := range []string{root, deep} {
		got, err := Find(start)
		if err != nil || got != root {
			t.Errorf("Find(%s) = %q, %v; want %q", start, got, err, root)
		}
	}
}

func TestFindWithoutGoMod(t *testing.T) {
	// The temporary directory lies outside any module on a sane machine;
	// skip rather than fail where someone put a go.mod at / or in /tmp.
	dir := t.TempDir()
	if _, err := Find(dir); err == nil {
		t.Skipf("a go.mod exists above %s", dir)
	} else if !errors.Is(err, ErrNotFound) {
		t.Errorf("Find(%s) = %v, want ErrNotFound", dir, err)
	}
}

func TestFromWorkingDirFindsThisModule(t *testing.T) {
	root, err := FromWorkingDir()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "internal", "modroot", "modroot.go")); err != nil {
		t.Errorf("FromWorkingDir() = %s, which does not hold this package: %v", root, err)
	}
}
