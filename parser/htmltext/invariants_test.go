package htmltext

import (
	"fmt"

	"github.com/gwlint/gwlint/parser/internal/readertest"
	"github.com/gwlint/gwlint/parser/source"
)

// htmlReader is the HTML reader as the shared reader tests drive it.
var htmlReader = readertest.Reader{Read: Read, InvalidUTF8: ErrInvalidUTF8, CheckFormat: checkHTMLSource}

// checkHTMLSource checks what the HTML reader promises beyond
// source.Validate: a segment that covers source bytes either is verbatim
// or decodes a character reference, and comments are markup comments,
// with no anchor.
func checkHTMLSource(src *source.Source) error {
	for bi, b := range src.Blocks {
		for si, s := range b.Segments {
			raw := src.Text[s.Start:s.End]
			if s.Start < s.End && !s.Verbatim(src.Text) && !isDecoded(raw, s.Text) {
				return fmt.Errorf("block %d segment %d %+v: text is neither the source %q nor its decoding", bi, si, s, raw)
			}
		}
	}
	for ci, c := range src.Comments {
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
