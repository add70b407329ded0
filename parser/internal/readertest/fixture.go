package readertest

import (
	"os"
	"path/filepath"
	"testing"
)

// Fixture returns the text of testdata/name in the package under test.
func Fixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("reading fixture: %v", err)
	}
	return string(b)
}
