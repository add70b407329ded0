package htmltext

import (
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestSeedsAsParagraphs wraps every line of the real seed documents in an
// escaped <p> and checks that the reader gives the lines back, with ASCII
// whitespace collapsed as a browser does.
func TestSeedsAsParagraphs(t *testing.T) {
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
			var doc strings.Builder
			var want []string
			for _, line := range strings.Split(string(data), "\n") {
				doc.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
				if strings.TrimFunc(line, unicode.IsSpace) != "" {
					want = append(want, collapseASCIISpace(line))
				}
			}
			src := readChecked(t, doc.String())
			var got []string
			for _, b := range src.Blocks {
				got = append(got, b.Text())
			}
			if !slices.Equal(got, want) {
				for i := range min(len(got), len(want)) {
					if got[i] != want[i] {
						t.Fatalf("block %d:\n got %q\nwant %q", i, got[i], want[i])
					}
				}
				t.Fatalf("got %d blocks, want %d", len(got), len(want))
			}
		})
	}
}

// collapseASCIISpace is what a browser shows for a line of text in a <p>:
// ASCII whitespace runs become one space, NBSP and U+3000 stay.
func collapseASCIISpace(line string) string {
	fields := strings.FieldsFunc(line, func(c rune) bool { return c < utf8.RuneSelf && isASCIISpace(byte(c)) })
	return strings.Join(fields, " ")
}
