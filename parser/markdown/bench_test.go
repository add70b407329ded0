package markdown

import (
	"testing"

	"github.com/gwlint/gwlint/parser/internal/readertest"
)

// BenchmarkRead reads 15 KB or a little more of a Markdown work report.
func BenchmarkRead(b *testing.B) {
	markdownReader.Benchmark(b, readertest.Fixture(b, "report.md"))
}
