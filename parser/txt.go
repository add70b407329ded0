package parser

import (
	"strings"

	"github.com/gwlint/gwlint/parser/source"
)

// readText is the plain-text reader: one source.Line block per line that
// holds more than white space, with BlankBefore set on the first line
// after one or more empty lines. Lines end at \n; a \r before it is part of
// the line break, not of the text. Leading and trailing white space is not
// part of a block (the tree builder sees indentation through the offsets).
// Which lines belong together is decided later (join.go): a plain-text
// file does not say.
func readText(text string) *source.Source {
	src := &source.Source{Text: text}
	// One allocation for all blocks and one for all their segments, sized
	// by the line count, instead of two per line: a 10 MB file has 100,000
	// lines.
	lines := strings.Count(text, "\n") + 1
	src.Blocks = make([]source.Block, 0, lines)
	segments := make([]source.Segment, 0, lines)
	blank := false
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		next := len(text)
		if end < 0 {
			end = len(text)
		} else {
			end += start
			next = end + 1
		}
		line := strings.TrimSuffix(text[start:end], "\r")
		lead := len(line) - len(strings.TrimLeftFunc(line, isSpace))
		content := trimSpace(line)
		if content == "" {
			blank = true
		} else {
			s := start + lead
			segments = append(segments, source.Segment{Start: s, End: s + len(content), Text: content})
			n := len(segments)
			src.Blocks = append(src.Blocks, source.Block{
				Kind: source.Line,
				// The full slice expression keeps an append to one block's
				// segments from overwriting the next block's.
				Segments:    segments[n-1 : n : n],
				BlankBefore: blank,
			})
			blank = false
		}
		start = next
	}
	return src
}
