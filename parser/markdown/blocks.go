package markdown

import (
	"strings"
	"unicode"

	"github.com/gwlint/gwlint/parser/source"
)

// openBlock is a block whose lines are being collected.
type openBlock struct {
	kind       source.BlockKind
	level      int
	quoteDepth int
	lines      [][]span
}

// startBlock ends the open block before a block that starts at column col,
// closing the list items the new block is not part of.
func (r *reader) startBlock(depth, col int) {
	r.flush()
	r.lists.close(depth, col)
}

// addLine adds a line of pieces to the open block, or opens a block of the
// given kind for it when none is open. A line with no text opens nothing,
// so that the line after a comment-only line starts a block of its own.
func (r *reader) addLine(kind source.BlockKind, level, depth int, pieces []span) {
	if r.open != nil {
		r.open.lines = appendLine(r.text, r.open.lines, pieces)
		return
	}
	if lines := appendLine(r.text, nil, pieces); len(lines) > 0 {
		r.open = &openBlock{kind: kind, level: level, quoteDepth: depth, lines: lines}
	}
}

// flush emits the open block, if any.
func (r *reader) flush() {
	if r.open == nil {
		return
	}
	b := r.open
	r.open = nil
	r.emit(b.kind, b.level, b.lines)
}

// emit parses the inline markup of a block's lines and adds the block
// unless it has no visible text.
func (r *reader) emit(kind source.BlockKind, level int, lines [][]span) {
	segs := inlineParser{r: r}.segments(lines)
	if !hasVisibleText(segs) {
		return
	}
	r.src.Blocks = append(r.src.Blocks, source.Block{Kind: kind, Level: level, Segments: segs})
}

// appendLine adds a line's pieces, without the spaces at the line's ends
// (which Markdown does not render), unless nothing is left.
func appendLine(text string, lines [][]span, pieces []span) [][]span {
	if len(pieces) == 0 {
		return lines
	}
	first, last := &pieces[0], &pieces[len(pieces)-1]
	first.start = trimSpan(text, first.start, first.end).start
	last.end = trimSpan(text, last.start, last.end).end
	var kept []span
	for _, p := range pieces {
		if p.start < p.end {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return lines
	}
	return append(lines, kept)
}

func hasVisibleText(segs []source.Segment) bool {
	for _, s := range segs {
		if strings.TrimFunc(s.Text, unicode.IsSpace) != "" {
			return true
		}
	}
	return false
}
