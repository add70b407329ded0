// Package testenv locates the repository and the shared reference material
// for tests. The reference documents live outside the repository, in
// ../shared/ beside the checkout, and may be absent: tests that need them
// skip instead of failing.
package testenv

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gwlint/gwlint/internal/modroot"
)

// RepoRoot returns the directory holding go.mod, searching upwards from the
// test's working directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	root, err := modroot.FromWorkingDir()
	if err != nil {
		t.Fatal(err)
	}
	return root
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
