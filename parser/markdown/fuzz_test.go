package markdown

import (
	"testing"

	"github.com/gwlint/gwlint/parser/internal/readertest"
)

// FuzzRead checks that no input makes Read panic and that every result
// keeps the reader invariants. The committed corpus in testdata/fuzz holds
// placeholders, nested containers, tables, fences and comment edge cases.
func FuzzRead(f *testing.F) {
	f.Add("# 标题\n\n今年**重点**工作\n共**人\n")
	f.Add("- 甲\n  1. 乙\n> 丙<!-- c\n-->丁")
	f.Add(readertest.Fixture(f, "report.md"))
	markdownReader.Fuzz(f)
}
