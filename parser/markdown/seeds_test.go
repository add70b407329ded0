package markdown

import (
	"strings"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
)

// TestSeedsKeepTheirText reads the real seed documents, plain text that
// a user might save as .md, and checks that the reader keeps their
// placeholders (runs of *) and loses no line of text.
func TestSeedsKeepTheirText(t *testing.T) {
	testenv.ForEachSeed(t, func(t *testing.T, in string) {
		src := markdownReader.Checked(t, in)
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
