package numbers

// numberQuoteClosers pairs each opening quotation or book-title mark with
// its closer. Numerals between them belong to a name or a slogan (“三个代表”,
// “五查五看”, 《“十四五”规划》), not to a count of the sentence.
var numberQuoteClosers = map[rune]rune{
	'“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉', '"': '"',
}

// numberQuoteMarks holds the openers and closers of numberQuoteClosers.
var numberQuoteMarks = func() *runeSet {
	s := newRuneSet()
	for open, closer := range numberQuoteClosers {
		s.add(open)
		s.add(closer)
	}
	return s
}()

// quotedRanges returns the byte ranges of text inside quotation or
// book-title marks, marks included. A quotation left open runs to the end
// of the text, as a quotation over several paragraphs does.
func quotedRanges(text string) [][2]int {
	var (
		out   [][2]int
		stack []rune // expected closers, innermost last
		start int
	)
	for i := 0; ; {
		// Most characters are neither an opener nor a closer.
		at, r, size := numberQuoteMarks.next(text, i)
		if at >= len(text) {
			break
		}
		i = at + size
		if n := len(stack); n > 0 && r == stack[n-1] {
			stack = stack[:n-1]
			if len(stack) == 0 {
				out = append(out, [2]int{start, i})
			}
			continue
		}
		if closer, ok := numberQuoteClosers[r]; ok {
			if len(stack) == 0 {
				start = at
			}
			stack = append(stack, closer)
		}
	}
	if len(stack) > 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// insideQuoted reports whether byte offset i lies in one of the ranges.
func insideQuoted(ranges [][2]int, i int) bool {
	for _, r := range ranges {
		if i >= r[0] && i < r[1] {
			return true
		}
	}
	return false
}
