package markdown

// listStack tracks the open list items by the column their content starts
// at, which gives the nesting depth of a new item: an item whose marker
// reaches an open item's content column is nested in it.
type listStack struct {
	quoteDepth  int
	contentCols []int
}

// push opens an item whose marker is at column col, inside quoteDepth
// blockquotes, and returns its nesting level (1 = top).
func (s *listStack) push(quoteDepth, col, contentCol int) int {
	s.close(quoteDepth, col)
	s.contentCols = append(s.contentCols, contentCol)
	return len(s.contentCols)
}

// close ends the items that a block starting at column col is not part of.
func (s *listStack) close(quoteDepth, col int) {
	if quoteDepth != s.quoteDepth {
		s.quoteDepth, s.contentCols = quoteDepth, nil
		return
	}
	for n := len(s.contentCols); n > 0 && col < s.contentCols[n-1]; n-- {
		s.contentCols = s.contentCols[:n-1]
	}
}
