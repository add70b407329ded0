package htmltext

import (
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzRead checks that no input makes Read panic and that every result
// keeps the reader invariants. The committed corpus in testdata/fuzz holds
// Word HTML, malformed markup and character-reference edge cases.
func FuzzRead(f *testing.F) {
	f.Add("<p>工作\n总结&nbsp;<b>a</b></p>")
	f.Add("<ol start=3><li>甲<li value=x>乙</ol><!-- c -->")
	for _, name := range []string{"word-summary.html", "web-page.html"} {
		f.Add(readFixture(f, name))
	}
	f.Fuzz(func(t *testing.T, in string) {
		src, err := Read(in)
		if !utf8.ValidString(in) {
			if !errors.Is(err, ErrInvalidUTF8) {
				t.Fatalf("invalid UTF-8: err = %v, want ErrInvalidUTF8", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		if err := checkSource(in, src); err != nil {
			t.Fatal(err)
		}
	})
}
