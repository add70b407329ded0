package report

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedPath returns ../shared/<rel> beside the repository root (found by
// walking up to go.mod), skipping the test when it does not exist there.
func sharedPath(t *testing.T, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root (go.mod) not found")
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", rel)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not available: %v", rel, err)
	}
	return path
}
