package htmltext

import (
	"fmt"
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser/source"
)

// checkSource verifies what every reader must guarantee: Text is the input,
// blocks and their segments are in source order, in bounds and never
// overlap, segment texts are valid UTF-8 and non-empty, and a segment that
// covers source bytes either is verbatim or decodes a character reference.
func checkSource(input string, src *source.Source) error {
	if src.Text != input {
		return fmt.Errorf("Source.Text differs from the input")
	}
	prevEnd := 0
	for bi, b := range src.Blocks {
		if len(b.Segments) == 0 {
			return fmt.Errorf("block %d has no segments", bi)
		}
		if b.AutoLabel > len(b.Text()) {
			return fmt.Errorf("block %d: AutoLabel %d longer than its text", bi, b.AutoLabel)
		}
		for si, s := range b.Segments {
			where := fmt.Sprintf("block %d segment %d %+v", bi, si, s)
			switch {
			case s.Start < prevEnd:
				return fmt.Errorf("%s: starts before the previous segment ends at %d", where, prevEnd)
			case s.End < s.Start || s.End > len(input):
				return fmt.Errorf("%s: out of bounds (input has %d bytes)", where, len(input))
			case s.Text == "":
				return fmt.Errorf("%s: empty text", where)
			case !utf8.ValidString(s.Text):
				return fmt.Errorf("%s: text is not valid UTF-8", where)
			case !utf8.ValidString(input[s.Start:s.End]):
				return fmt.Errorf("%s: splits a character of the source", where)
			}
			if s.Start < s.End && !s.Verbatim(input) && !isDecoded(input[s.Start:s.End], s.Text) {
				return fmt.Errorf("%s: text is neither the source %q nor its decoding", where, input[s.Start:s.End])
			}
			prevEnd = s.End
		}
	}
	for ci, c := range src.Comments {
		if c.Start < 0 || c.End > len(input) || c.Start >= c.End {
			return fmt.Errorf("comment %d %+v out of bounds", ci, c)
		}
		if c.AnchorStart != -1 || c.AnchorEnd != -1 {
			return fmt.Errorf("comment %d: markup comments have no anchor", ci)
		}
	}
	return nil
}

// isDecoded reports whether text is what a reader shows for raw: a
// character reference, or a collapsed whitespace run (of whitespace
// characters or of one reference to one, like &#10;).
func isDecoded(raw, text string) bool {
	n, decoded := decodeReference(raw)
	if n != len(raw) {
		return text == " " && isAllASCIISpace(raw)
	}
	return decoded == text || text == " " && isAllASCIISpace(decoded)
}

func isAllASCIISpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIISpace(s[i]) {
			return false
		}
	}
	return s != ""
}
