package markdown

import (
	"strings"
	"testing"
)

// BenchmarkRead reads 15 KB or a little more of a Markdown work report.
func BenchmarkRead(b *testing.B) {
	in := repeatTo(readFixture(b, "report.md"), 15000)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := Read(in); err != nil {
			b.Fatal(err)
		}
	}
}

// repeatTo repeats s until the result has at least n bytes.
func repeatTo(s string, n int) string {
	return strings.Repeat(s, (n+len(s)-1)/len(s))
}
