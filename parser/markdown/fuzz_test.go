package markdown

import (
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzRead checks that no input makes Read panic and that every result
// keeps the reader invariants. The committed corpus in testdata/fuzz holds
// placeholders, nested containers, tables, fences and comment edge cases.
func FuzzRead(f *testing.F) {
	f.Add("# 标题\n\n今年**重点**工作\n共**人\n")
	f.Add("- 甲\n  1. 乙\n> 丙<!-- c\n-->丁")
	f.Add(readFixture(f, "report.md"))
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
