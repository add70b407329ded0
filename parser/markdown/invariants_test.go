package markdown

import (
	"fmt"
	"strings"

	"github.com/gwlint/gwlint/parser/internal/readertest"
	"github.com/gwlint/gwlint/parser/source"
)

// markdownReader is the Markdown reader as the shared reader tests drive it.
var markdownReader = readertest.Reader{Read: Read, InvalidUTF8: ErrInvalidUTF8, CheckFormat: checkMarkdownSource}

// checkMarkdownSource checks what the Markdown reader promises beyond
// source.Validate: no block has a generated label, every segment is
// verbatim input text (inline markup is left out, never rewritten), and
// every comment covers a <!-- … --> of the input and has no anchor.
func checkMarkdownSource(src *source.Source) error {
	for bi, b := range src.Blocks {
		if b.AutoLabel != 0 {
			return fmt.Errorf("block %d: Markdown has no generated labels", bi)
		}
		for si, s := range b.Segments {
			if !s.Verbatim(src.Text) {
				return fmt.Errorf("block %d segment %d %+v: not verbatim, source is %q", bi, si, s, src.Text[s.Start:s.End])
			}
		}
	}
	for ci, c := range src.Comments {
		if raw := src.Text[c.Start:c.End]; len(raw) < 5 || !strings.HasPrefix(raw, "<!--") || !strings.HasSuffix(raw, ">") {
			return fmt.Errorf("comment %d does not cover a comment: %q", ci, raw)
		}
		if c.AnchorStart != -1 || c.AnchorEnd != -1 {
			return fmt.Errorf("comment %d: markup comments have no anchor", ci)
		}
	}
	return nil
}
