package htmltext

import (
	"testing"

	"github.com/gwlint/gwlint/parser/internal/readertest"
)

// BenchmarkRead reads 15 KB or a little more of Word-exported HTML.
func BenchmarkRead(b *testing.B) {
	htmlReader.Benchmark(b, readertest.Fixture(b, "word-summary.html"))
}
