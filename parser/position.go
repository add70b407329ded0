package parser

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser/charset"
)

// Position is a point in Document.Text.
//
// Offset is a byte offset into the decoded UTF-8 text. Line is 1-based.
// Column is 1-based and counts UTF-16 code units, the unit SARIF consumers
// and JavaScript editors use; RuneColumn is 1-based and counts code points.
// The two differ only after an astral character (𠀋 is one rune but two
// UTF-16 units); a Han character is 3 bytes, 1 rune and 1 UTF-16 unit.
type Position struct {
	Offset     int `json:"offset"`
	Line       int `json:"line"`
	Column     int `json:"column"`
	RuneColumn int `json:"rune_column"`
}

// Span is a half-open byte range [Start.Offset, End.Offset) with the line
// and column of both ends.
type Span struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End.Offset - s.Start.Offset }

// checkpointEvery bounds the bytes scanned per lookup on very long lines
// (a 10 MB file with no newline must not make every lookup O(n)).
const checkpointEvery = 128

// LineIndex converts byte offsets of one text into positions.
type LineIndex struct {
	text       string
	lineStarts []int
	// checkpoints[k] is the position of the first rune boundary at or after
	// byte k*checkpointEvery.
	checkpoints []Position
	// valid records that text is valid UTF-8, whose columns can be
	// counted bytewise (columns.go).
	valid bool
}

// NewLineIndex indexes text. Lines end at \n; a \r before it belongs to the
// line it ends.
func NewLineIndex(text string) *LineIndex {
	return newLineIndex(text, charset.ValidUTF8(text))
}

// newLineIndex is NewLineIndex for a text whose validity as UTF-8 is
// known.
func newLineIndex(text string, valid bool) *LineIndex {
	// Sized up front: growing the slices by doubling allocated twice what
	// a large file needs.
	ix := &LineIndex{
		text:        text,
		lineStarts:  make([]int, 1, strings.Count(text, "\n")+1),
		checkpoints: make([]Position, 0, len(text)/checkpointEvery+1),
		valid:       valid,
	}
	if !ix.valid {
		ix.decodeAll()
		return ix
	}
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		ix.lineStarts = append(ix.lineStarts, i)
	}
	// Each checkpoint is reached by counting on from the one before, or
	// from the start of its line.
	line, from := 1, Position{Line: 1, Column: 1, RuneColumn: 1}
	for target := 0; target < len(text); target += checkpointEvery {
		i := target
		for i < len(text) && !utf8.RuneStart(text[i]) {
			i++
		}
		if i == len(text) {
			break
		}
		for line < len(ix.lineStarts) && ix.lineStarts[line] <= i {
			line++
			from = Position{Offset: ix.lineStarts[line-1], Line: line, Column: 1, RuneColumn: 1}
		}
		from = ix.walk(from, i)
		ix.checkpoints = append(ix.checkpoints, from)
	}
	return ix
}

// decodeAll builds the index of a text that is not valid UTF-8, character
// by character, as utf8.DecodeRuneInString reads it.
func (ix *LineIndex) decodeAll() {
	text := ix.text
	line, col, rcol := 1, 1, 1
	next := 0
	for i := 0; i < len(text); {
		for next <= i {
			ix.checkpoints = append(ix.checkpoints, Position{Offset: i, Line: line, Column: col, RuneColumn: rcol})
			next += checkpointEvery
		}
		r, size := decodeRune(text, i)
		i += size
		if r == '\n' {
			ix.lineStarts = append(ix.lineStarts, i)
			line++
			col, rcol = 1, 1
			continue
		}
		col += utf16Len(r)
		rcol++
	}
}

func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// LineCount is the number of lines (a final line without \n counts).
func (ix *LineIndex) LineCount() int { return len(ix.lineStarts) }

// LineStart is the byte offset where 1-based line n begins.
func (ix *LineIndex) LineStart(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(ix.lineStarts) {
		return len(ix.text)
	}
	return ix.lineStarts[n-1]
}

// LineText is the text of 1-based line n without its line terminator.
func (ix *LineIndex) LineText(n int) string {
	start := ix.LineStart(n)
	end := len(ix.text)
	if n < len(ix.lineStarts) {
		end = ix.lineStarts[n] - 1
	}
	if end > start && ix.text[end-1] == '\r' {
		end--
	}
	if end < start {
		end = start
	}
	return ix.text[start:end]
}

// Position returns the position of byte offset off, clamped to the text.
// An offset inside a multi-byte rune is moved back to the rune's start.
func (ix *LineIndex) Position(off int) Position {
	off = ix.runeStart(off)
	line := sort.Search(len(ix.lineStarts), func(i int) bool { return ix.lineStarts[i] > off })
	p := Position{Offset: ix.lineStarts[line-1], Line: line, Column: 1, RuneColumn: 1}
	if len(ix.checkpoints) > 0 {
		k := off / checkpointEvery
		if k >= len(ix.checkpoints) {
			k = len(ix.checkpoints) - 1
		}
		for k > 0 && ix.checkpoints[k].Offset > off {
			k--
		}
		if cp := ix.checkpoints[k]; cp.Line == line && cp.Offset > p.Offset && cp.Offset <= off {
			p = cp
		}
	}
	return ix.walk(p, off)
}

// runeStart clamps off to the text and moves it back to the start of the
// rune it falls in.
func (ix *LineIndex) runeStart(off int) int {
	if off < 0 {
		off = 0
	}
	if off > len(ix.text) {
		off = len(ix.text)
	}
	for off > 0 && off < len(ix.text) && !utf8.RuneStart(ix.text[off]) {
		off--
	}
	return off
}

// walk advances p, a position on the line of off, rune by rune to off,
// which must be a rune start at or after p.
func (ix *LineIndex) walk(p Position, off int) Position {
	if ix.valid {
		if off > p.Offset {
			runes, units := countColumns(ix.text[p.Offset:off])
			p.Offset, p.Column, p.RuneColumn = off, p.Column+units, p.RuneColumn+runes
		}
		return p
	}
	for p.Offset < off {
		if isThreeByte(ix.text, p.Offset) {
			p.Offset += 3
			p.Column++
			p.RuneColumn++
			continue
		}
		r, size := decodeRune(ix.text, p.Offset)
		p.Offset += size
		p.Column += utf16Len(r)
		p.RuneColumn++
	}
	return p
}

// Span returns the span of the byte range [start, end).
//
// The end is usually a few characters after the start on the same line (a
// sentence, a marker, a heading), so it is reached by walking on from the
// start rather than by a second search.
func (ix *LineIndex) Span(start, end int) Span {
	if end < start {
		end = start
	}
	s := ix.Position(start)
	return Span{Start: s, End: ix.positionFrom(s, end)}
}

// spanAfter is Span(start, end) for a range that usually starts shortly
// after the known position from, as each sentence of a paragraph starts
// where the one before it ended: both ends are then reached by walking.
func (ix *LineIndex) spanAfter(from Position, start, end int) Span {
	if end < start {
		end = start
	}
	s := ix.positionFrom(from, start)
	return Span{Start: s, End: ix.positionFrom(s, end)}
}

// positionFrom is Position(off), computed by walking on from the known
// position from when off lies a little after it on the same line. The
// result is the same either way, since columns only add up along a line;
// beyond checkpointEvery bytes a search is cheaper than the walk.
func (ix *LineIndex) positionFrom(from Position, off int) Position {
	off = ix.runeStart(off)
	if off < from.Offset || off-from.Offset > checkpointEvery || strings.IndexByte(ix.text[from.Offset:off], '\n') >= 0 {
		return ix.Position(off)
	}
	return ix.walk(from, off)
}
