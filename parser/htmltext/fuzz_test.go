package htmltext

import (
	"testing"

	"github.com/gwlint/gwlint/parser/internal/readertest"
)

// FuzzRead checks that no input makes Read panic and that every result
// keeps the reader invariants. The committed corpus in testdata/fuzz holds
// Word HTML, malformed markup and character-reference edge cases.
func FuzzRead(f *testing.F) {
	f.Add("<p>工作\n总结&nbsp;<b>a</b></p>")
	f.Add("<ol start=3><li>甲<li value=x>乙</ol><!-- c -->")
	for _, name := range []string{"word-summary.html", "web-page.html"} {
		f.Add(readertest.Fixture(f, name))
	}
	htmlReader.Fuzz(f)
}
