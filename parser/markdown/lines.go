package markdown

// line is one physical line of the input: text[start:end] without its line
// ending ("\n", "\r\n" or a lone "\r").
type line struct {
	start, end int
}

// splitLines returns the lines of text. A final line ending does not start
// another line.
func splitLines(text string) []line {
	var lines []line
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			lines = append(lines, line{start, i})
			start = i + 1
		case '\r':
			lines = append(lines, line{start, i})
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(text) {
		lines = append(lines, line{start, len(text)})
	}
	return lines
}

// span is a byte range of the input that holds document text.
type span struct {
	start, end int
}

func isSpaceOrTab(c byte) bool { return c == ' ' || c == '\t' }

// skipSpaces returns the first position in text[i:end] that is not a space
// or tab, and the column it sits at when i is at column col (tabs advance
// to the next multiple of four, as in CommonMark).
func skipSpaces(text string, i, end, col int) (int, int) {
	for ; i < end && isSpaceOrTab(text[i]); i++ {
		if text[i] == '\t' {
			col += 4 - col%4
		} else {
			col++
		}
	}
	return i, col
}

// trimSpan narrows text[s:e] by the spaces and tabs at both ends.
func trimSpan(text string, s, e int) span {
	for s < e && isSpaceOrTab(text[s]) {
		s++
	}
	for e > s && isSpaceOrTab(text[e-1]) {
		e--
	}
	return span{s, e}
}

// isBlank reports whether text[s:e] holds only spaces and tabs.
func isBlank(text string, s, e int) bool {
	return trimSpan(text, s, e).start == e
}
