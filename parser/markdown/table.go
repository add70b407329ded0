package markdown

import (
	"strings"

	"github.com/gwlint/gwlint/parser/source"
)

// table is an open GFM pipe table: following lines with a pipe at the same
// blockquote depth are its rows.
type table struct {
	quoteDepth int
}

// splitCells splits a table row text[s:e] at the pipes that are not escaped
// (GFM splits inside code spans too). The pipes at both ends of the row are
// optional and delimit no cell.
func splitCells(text string, s, e int) []span {
	row := trimSpan(text, s, e)
	s, e = row.start, row.end
	if s < e && text[s] == '|' {
		s++
	}
	if e > s && text[e-1] == '|' && !isEscaped(text, s, e-1) {
		e--
	}
	var cells []span
	from := s
	for i := s; i < e; i++ {
		switch text[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, trimSpan(text, from, i))
			from = i + 1
		}
	}
	return append(cells, trimSpan(text, from, e))
}

// isEscaped reports whether text[i] follows an odd number of backslashes
// that start at or after s.
func isEscaped(text string, s, i int) bool {
	n := 0
	for j := i - 1; j >= s && text[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

// isDelimiterRow reports whether the cells form a table's delimiter row
// (---, :--, --:, :-:) with as many cells as the header.
func isDelimiterRow(text string, cells []span, headerCells int) bool {
	if len(cells) != headerCells {
		return false
	}
	for _, c := range cells {
		cell := strings.TrimPrefix(strings.TrimSuffix(text[c.start:c.end], ":"), ":")
		if cell == "" || strings.Trim(cell, "-") != "" {
			return false
		}
	}
	return true
}

// addTableRow adds each cell of the row text[p:e] as a table cell block.
func (r *reader) addTableRow(p, e int) {
	for _, cell := range splitCells(r.text, p, e) {
		r.emit(source.TableCell, 0, [][]span{{cell}})
	}
}

// startsTable reports whether line i (content text[p:e]) is the header row
// of a GFM table: it has a pipe and the next line, in the same blockquote,
// is a delimiter row with as many cells.
func (r *reader) startsTable(i, depth, p, e int) bool {
	if i+1 >= len(r.lines) || strings.IndexByte(r.text[p:e], '|') < 0 {
		return false
	}
	next := r.lines[i+1]
	nextDepth, cs, _ := quotePrefix(r.text, next.start, next.end)
	if nextDepth != depth || strings.IndexByte(r.text[cs:next.end], '-') < 0 {
		return false
	}
	header := splitCells(r.text, p, e)
	return isDelimiterRow(r.text, splitCells(r.text, cs, next.end), len(header))
}
