package suppress

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// openDisables tracks, per rule pattern, the Disable directives not yet
// closed, innermost last, so that disable/enable pairs nest per rule.
type openDisables map[string][]*Directive

func (o openDisables) push(d *Directive, textLen int) {
	d.until = map[string]int{}
	for _, rule := range d.Rules {
		d.until[rule] = textLen
		o[rule] = append(o[rule], d)
	}
}

// close ends, for each rule, the innermost open Disable naming exactly that
// pattern at offset at. Closing "wording/typo" does not end a
// "wording/*" disable: partial re-enabling would make ranges hard to read.
func (o openDisables) close(rules []string, at int) error {
	var unmatched []string
	for _, rule := range rules {
		stack := o[rule]
		if len(stack) == 0 {
			unmatched = append(unmatched, rule)
			continue
		}
		d := stack[len(stack)-1]
		o[rule] = stack[:len(stack)-1]
		d.until[rule] = at
		d.To = 0
		for _, end := range d.until {
			d.To = max(d.To, end)
		}
	}
	if len(unmatched) > 0 {
		return fmt.Errorf("%s %s has no open %s for the same rule", Enable, strings.Join(unmatched, ","), Disable)
	}
	return nil
}

// lineFinder finds "the next line" after a comment: the first following
// line that holds something other than white space and comments, so that
// stacked directives each reach the text below them.
type lineFinder struct {
	text    string
	textLen int
	// commentEnd maps a comment's start offset to its end.
	commentEnd map[int]int
}

func newLineFinder(text string, comments []Comment) *lineFinder {
	ends := make(map[int]int, len(comments))
	for _, c := range comments {
		ends[c.Start] = max(ends[c.Start], c.End)
	}
	return &lineFinder{text: text, textLen: len(text), commentEnd: ends}
}

// nextLine returns the byte range, newline included, of the first
// non-blank line after the line holding offset end-1. At the end of the
// text it returns an empty range there.
func (l *lineFinder) nextLine(end int) (int, int) {
	start := end
	if end == 0 || l.text[end-1] != '\n' {
		nl := strings.IndexByte(l.text[end:], '\n')
		if nl < 0 {
			return l.textLen, l.textLen
		}
		start = end + nl + 1
	}
	for start < l.textLen {
		stop := l.textLen
		if i := strings.IndexByte(l.text[start:], '\n'); i >= 0 {
			stop = start + i + 1
		}
		if !l.blank(start, stop) {
			return start, stop
		}
		start = stop
	}
	return l.textLen, l.textLen
}

// blank reports whether [start, stop) holds only white space (full-width
// spaces included) and comments.
func (l *lineFinder) blank(start, stop int) bool {
	for pos := start; pos < stop; {
		if end, ok := l.commentEnd[pos]; ok {
			pos = max(pos+1, end)
			continue
		}
		r, size := utf8.DecodeRuneInString(l.text[pos:])
		if !unicode.IsSpace(r) {
			return false
		}
		pos += size
	}
	return true
}
