package markdown

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedsDir returns the shared seed documents next to the repository, or
// skips the test when they are not there.
func seedsDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	seeds := filepath.Join(dir, "..", "shared", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("no seed documents: %v", err)
	}
	return seeds
}

// TestSeedsKeepTheirText reads the real seed documents, plain text that
// a user might save as .md, and checks that the reader keeps their
// placeholders (runs of *) and loses no line of text.
func TestSeedsKeepTheirText(t *testing.T) {
	dir := seedsDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seed texts in %s", dir)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			in := string(data)
			src := readChecked(t, in)
			var visible strings.Builder
			for _, b := range src.Blocks {
				visible.WriteString(b.Text())
			}
			if got, want := strings.Count(visible.String(), "*"), strings.Count(in, "*"); got != want {
				t.Errorf("visible text has %d asterisks, the file %d", got, want)
			}
			covered := map[int]bool{}
			for _, b := range src.Blocks {
				for _, s := range b.Segments {
					covered[strings.Count(in[:s.Start], "\n")] = true
				}
			}
			for i, line := range strings.Split(in, "\n") {
				if strings.TrimSpace(line) != "" && !covered[i] {
					t.Errorf("line %d lost: %q", i+1, line)
				}
			}
		})
	}
}
