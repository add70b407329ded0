package markdown

// fence is an open fenced code block: its text is not document text.
type fence struct {
	char       byte // '`' or '~'
	length     int
	quoteDepth int
}

// openFence reports whether text[i:end] opens a code fence: three or more
// backticks or tildes, and for backticks an info string without backticks
// (otherwise the line is inline code).
func openFence(text string, i, end, quoteDepth int) (fence, bool) {
	if i >= end || (text[i] != '`' && text[i] != '~') {
		return fence{}, false
	}
	c := text[i]
	n := runLength(text, i, end, c)
	if n < 3 {
		return fence{}, false
	}
	if c == '`' {
		for j := i + n; j < end; j++ {
			if text[j] == '`' {
				return fence{}, false
			}
		}
	}
	return fence{char: c, length: n, quoteDepth: quoteDepth}, true
}

// closes reports whether text[i:end] closes f: a run of f's character at
// least as long as the opening one, followed by nothing but spaces.
func (f fence) closes(text string, i, end int) bool {
	n := runLength(text, i, end, f.char)
	return n >= f.length && isBlank(text, i+n, end)
}

// runLength counts the bytes equal to c from text[i] on, up to end.
func runLength(text string, i, end int, c byte) int {
	n := 0
	for i+n < end && text[i+n] == c {
		n++
	}
	return n
}
