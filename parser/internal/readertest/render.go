package readertest

import (
	"fmt"
	"slices"
	"testing"

	"github.com/gwlint/gwlint/parser/source"
)

// describe renders blocks as WantBlocks documents.
func describe(src *source.Source) []string {
	var out []string
	for _, b := range src.Blocks {
		label := ""
		if b.AutoLabel > 0 {
			label = fmt.Sprintf("[%d]", b.AutoLabel)
		}
		out = append(out, fmt.Sprintf("%s/%d%s: %s", b.Kind, b.Level, label, b.Text()))
	}
	return out
}

// commentTexts lists the bodies of src's comments in order.
func commentTexts(src *source.Source) []string {
	var out []string
	for _, c := range src.Comments {
		out = append(out, c.Text)
	}
	return out
}

// WantBlocks fails the test when src's blocks differ from want, where each
// block is rendered "kind/level: text", with "[n]" after the level when
// the block starts with a generated label of n bytes ("list_item/1[2]:
// 1.甲"), so that a test states a whole Source in one readable list.
func WantBlocks(t testing.TB, src *source.Source, want []string) {
	t.Helper()
	if got := describe(src); !slices.Equal(got, want) {
		t.Errorf("blocks:\n got %q\nwant %q", got, want)
	}
}

// WantComments fails the test when the bodies of src's comments differ
// from want.
func WantComments(t testing.TB, src *source.Source, want []string) {
	t.Helper()
	if got := commentTexts(src); !slices.Equal(got, want) {
		t.Errorf("comments:\n got %q\nwant %q", got, want)
	}
}
