// Package testenv locates the repository and the shared reference material
// for tests. The reference documents live outside the repository, in
// ../shared/ beside the checkout, and may be absent: tests that need them
// skip instead of failing.
package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

// RepoRoot returns the directory holding go.mod, searching upwards from the
// test's working directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// Shared returns ../shared/<sub> relative to the repository root, skipping
// the test when it does not exist.
func Shared(t testing.TB, sub string) string {
	t.Helper()
	p := filepath.Join(RepoRoot(t), "..", "shared", sub)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not available: %v", p, err)
	}
	return p
}

// SeedFiles returns the reference documents (../shared/seeds/*.txt),
// skipping the test when they are absent.
func SeedFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(Shared(t, "seeds"), "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skip("no seed documents")
	}
	return files
}
