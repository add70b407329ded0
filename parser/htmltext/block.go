package htmltext

import (
	"unicode"
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser/source"
)

// blockBuilder accumulates the segments of one block and applies the
// browser's whitespace collapsing: a run of ASCII whitespace becomes one
// space, runs at the start and end of the block vanish.
type blockBuilder struct {
	src     string
	started bool
	block   source.Block
	// space is the collapsed whitespace run waiting to be emitted (or
	// dropped) until the next visible character shows whether it is
	// trailing; spaceBreak records that the run held a line break.
	space      [2]int
	hasSpace   bool
	spaceBreak bool
	// last is the last character of the block's text so far.
	last rune
	// mergeable is set when the last segment is verbatim, so a verbatim
	// segment that follows it directly can extend it.
	mergeable bool
}

// begin starts a block of the given kind. A non-empty label is a generated
// list marker; it becomes a zero-width segment at offset at.
func (bb *blockBuilder) begin(kind source.BlockKind, level int, label string, at int) {
	bb.started = true
	bb.block = source.Block{Kind: kind, Level: level}
	if label != "" {
		bb.block.Segments = append(bb.block.Segments, source.Segment{Start: at, End: at, Text: label})
		bb.block.AutoLabel = len(label)
		bb.last, _ = utf8.DecodeLastRuneInString(label)
	}
}

// addSource adds the verbatim text src[start:end].
func (bb *blockBuilder) addSource(start, end int) {
	bb.add(start, end, bb.src[start:end], true)
}

// addDecoded adds text decoded from src[start:end], such as a character
// reference.
func (bb *blockBuilder) addDecoded(start, end int, text string) {
	bb.add(start, end, text, false)
}

// addSpace records a run of collapsible whitespace src[start:end].
func (bb *blockBuilder) addSpace(start, end int, hasBreak bool) {
	if !bb.hasText() {
		return
	}
	if bb.hasSpace {
		// Runs separated only by tags collapse into the first one.
		bb.spaceBreak = bb.spaceBreak || hasBreak
		return
	}
	bb.space, bb.hasSpace, bb.spaceBreak = [2]int{start, end}, true, hasBreak
}

func (bb *blockBuilder) hasText() bool {
	return len(bb.block.Segments) > 0
}

func (bb *blockBuilder) add(start, end int, text string, verbatim bool) {
	if text == "" {
		return
	}
	if bb.hasSpace {
		bb.hasSpace = false
		next, _ := utf8.DecodeRuneInString(text)
		if keepSpace(bb.last, next, bb.spaceBreak) {
			s, e := bb.space[0], bb.space[1]
			if e-s == 1 && bb.src[s] == ' ' {
				bb.append(s, e, " ", true)
			} else {
				bb.append(s, e, " ", false)
			}
		}
	}
	bb.append(start, end, text, verbatim)
	bb.last, _ = utf8.DecodeLastRuneInString(text)
}

// append adds a segment, extending the previous one when both are verbatim
// and adjacent, so that a run of plain text is one segment.
func (bb *blockBuilder) append(start, end int, text string, verbatim bool) {
	segs := bb.block.Segments
	if n := len(segs); n > 0 && verbatim && bb.mergeable && segs[n-1].End == start {
		segs[n-1].End = end
		segs[n-1].Text = bb.src[segs[n-1].Start:end]
	} else {
		bb.block.Segments = append(segs, source.Segment{Start: start, End: end, Text: text})
	}
	bb.mergeable = verbatim
}

// keepSpace decides whether a collapsed whitespace run between prev and next
// shows as a space. A run holding a line break next to a CJK character is a
// line wrap of Chinese text and shows as nothing.
func keepSpace(prev, next rune, hasBreak bool) bool {
	return !hasBreak || (!isWide(prev) && !isWide(next))
}

// finish returns the block built so far and resets the builder. Blocks with
// no text but whitespace (including NBSP and U+3000, which Word writes into
// empty paragraphs) are dropped.
func (bb *blockBuilder) finish() (source.Block, bool) {
	b := bb.block
	keep := bb.started && hasVisibleText(b)
	*bb = blockBuilder{src: bb.src}
	return b, keep
}

// hasVisibleText reports whether the block has a non-space character outside
// its generated label.
func hasVisibleText(b source.Block) bool {
	for _, s := range b.Segments {
		if s.Start == s.End {
			continue
		}
		for _, c := range s.Text {
			if !unicode.IsSpace(c) {
				return true
			}
		}
	}
	return false
}
