package markdown

import (
	"fmt"
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser/source"
)

// checkSource verifies what the Markdown reader guarantees: Text is the
// input; blocks and segments are in source order, in bounds, non-empty and
// never overlap; every segment is verbatim input text (inline markup is
// left out, never rewritten) and does not split a character; comments are
// in bounds and cover <!-- … -->.
func checkSource(input string, src *source.Source) error {
	if src.Text != input {
		return fmt.Errorf("Source.Text differs from the input")
	}
	prevEnd := 0
	for bi, b := range src.Blocks {
		if len(b.Segments) == 0 {
			return fmt.Errorf("block %d has no segments", bi)
		}
		if b.AutoLabel != 0 {
			return fmt.Errorf("block %d: Markdown has no generated labels", bi)
		}
		for si, s := range b.Segments {
			where := fmt.Sprintf("block %d segment %d %+v", bi, si, s)
			switch {
			case s.Start < prevEnd:
				return fmt.Errorf("%s: starts before the previous segment ends at %d", where, prevEnd)
			case s.Start >= s.End || s.End > len(input):
				return fmt.Errorf("%s: empty or out of bounds (input has %d bytes)", where, len(input))
			case !s.Verbatim(input):
				return fmt.Errorf("%s: not verbatim, source is %q", where, input[s.Start:s.End])
			case !utf8.ValidString(s.Text):
				return fmt.Errorf("%s: splits a character", where)
			}
			prevEnd = s.End
		}
	}
	for ci, c := range src.Comments {
		if c.Start < 0 || c.End > len(input) || c.Start >= c.End {
			return fmt.Errorf("comment %d %+v out of bounds", ci, c)
		}
		if raw := input[c.Start:c.End]; len(raw) < 5 || raw[:4] != "<!--" || raw[len(raw)-1] != '>' {
			return fmt.Errorf("comment %d does not cover a comment: %q", ci, raw)
		}
		if c.AnchorStart != -1 || c.AnchorEnd != -1 {
			return fmt.Errorf("comment %d: markup comments have no anchor", ci)
		}
	}
	return nil
}
