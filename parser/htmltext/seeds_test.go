package htmltext

import (
	"html"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/gwlint/gwlint/internal/testenv"
)

// TestSeedsAsParagraphs wraps every line of the real seed documents in an
// escaped <p> and checks that the reader gives the lines back, with ASCII
// whitespace collapsed as a browser does.
func TestSeedsAsParagraphs(t *testing.T) {
	testenv.ForEachSeed(t, func(t *testing.T, text string) {
		var doc strings.Builder
		var want []string
		for _, line := range strings.Split(text, "\n") {
			doc.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
			if strings.TrimFunc(line, unicode.IsSpace) != "" {
				want = append(want, collapseASCIISpace(line))
			}
		}
		src := htmlReader.Checked(t, doc.String())
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

// collapseASCIISpace is what a browser shows for a line of text in a <p>:
// ASCII whitespace runs become one space, NBSP and U+3000 stay.
func collapseASCIISpace(line string) string {
	fields := strings.FieldsFunc(line, func(c rune) bool { return c < utf8.RuneSelf && isASCIISpace(byte(c)) })
	return strings.Join(fields, " ")
}
