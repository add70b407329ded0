package testenv

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// The reference documents are ../shared/seeds/NNN_<hash>.txt, described by
// ../shared/seeds/labels.json. They are third-party text, so tests read
// them at run time and never copy them into the repository.

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

// ForEachSeed runs test as a subtest for every reference document, named
// after its file and given its text, skipping when the documents are absent.
func ForEachSeed(t *testing.T, test func(t *testing.T, text string)) {
	t.Helper()
	for _, file := range SeedFiles(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("reading seed: %v", err)
			}
			test(t, string(data))
		})
	}
}

// SeedPath returns the reference document whose name is prefix, an
// underscore and a hash ("004" finds 004_c7826b0267fa0f66.txt), skipping
// the test when it is absent. Tests name seeds by number because the hash
// says nothing to a reader.
func SeedPath(t testing.TB, prefix string) string {
	t.Helper()
	dir := Shared(t, "seeds")
	matches, err := filepath.Glob(filepath.Join(dir, prefix+"_*.txt"))
	if err != nil || len(matches) != 1 {
		t.Skipf("seed %s not found in %s", prefix, dir)
	}
	return matches[0]
}

// ReadSeed returns the text of the reference document SeedPath finds.
func ReadSeed(t testing.TB, prefix string) string {
	t.Helper()
	data, err := os.ReadFile(SeedPath(t, prefix))
	if err != nil {
		t.Fatalf("reading seed %s: %v", prefix, err)
	}
	return string(data)
}

// SeedLabels decodes ../shared/seeds/labels.json into labels and returns
// the seeds directory, which the labels' file names are relative to. It
// skips the test when the file is absent; a file that does not decode
// fails it.
func SeedLabels(t testing.TB, labels any) string {
	t.Helper()
	dir := Shared(t, "seeds")
	raw, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Skipf("seed labels not available: %v", err)
	}
	if err := json.Unmarshal(raw, labels); err != nil {
		t.Fatalf("decoding labels.json: %v", err)
	}
	return dir
}
