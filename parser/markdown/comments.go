package markdown

import (
	"strings"

	"github.com/gwlint/gwlint/parser/source"
)

// openComment is an HTML comment whose "-->" is on a later line.
type openComment struct {
	start int
	// block is set when the comment began a line: it is then an HTML block,
	// which ends the paragraph before it, and text after its end starts a new
	// block. A comment that began inside a paragraph's text leaves the
	// paragraph open.
	block bool
}

// commentLength returns the length of a complete <!-- --> comment at
// text[i:c.end] and its body, or ok false when there is none. "<!-->" and
// "<!--->" are empty comments, as in HTML.
func commentLength(text string, i int, c *closers) (n int, body string, ok bool) {
	rest := text[i:c.end]
	if !strings.HasPrefix(rest, "<!--") {
		return 0, "", false
	}
	switch {
	case strings.HasPrefix(rest[4:], ">"):
		return 5, "", true
	case strings.HasPrefix(rest[4:], "->"):
		return 6, "", true
	}
	close := c.index(i+4, "-->")
	if close < 0 {
		return 0, "", false
	}
	return close + 3 - i, text[i+4 : close], true
}

// addComment records the comment text[start:end] with its body.
func (r *reader) addComment(start, end int, body string) {
	r.src.Comments = append(r.src.Comments, source.Comment{
		Start: start, End: end, Text: body, AnchorStart: -1, AnchorEnd: -1,
	})
}

// removeComments returns the parts of text[s:e] outside HTML comments and
// records the comments. A comment left open at the end of the line becomes
// r.comment; lineStart is the first non-space position of the line, which
// decides whether the comment is an HTML block. Code spans are skipped, so
// that `<!--` in inline code is text.
func (r *reader) removeComments(s, e, lineStart int) []span {
	var pieces []span
	from := s
	cl := newClosers(r.text, e)
	for i := s; i < e; {
		switch r.text[i] {
		case '\\':
			i += 2
			continue
		case '`':
			n := runLength(r.text, i, e, '`')
			if j := cl.backticks(i+n, n); j >= 0 {
				i = j + n
			} else {
				i += n
			}
			continue
		case '<':
			if n, body, ok := commentLength(r.text, i, cl); ok {
				pieces = appendSpan(pieces, from, i)
				r.addComment(i, i+n, body)
				i += n
				from = i
				continue
			}
			if strings.HasPrefix(r.text[i:e], "<!--") {
				pieces = appendSpan(pieces, from, i)
				r.comment = &openComment{start: i, block: i == lineStart}
				return pieces
			}
		}
		i++
	}
	return appendSpan(pieces, from, e)
}

// continueComment looks for the end of the open comment on the line
// text[s:e]. It returns the offset just after "-->", or -1 when the whole
// line is inside the comment.
func (r *reader) continueComment(s, e int) int {
	close := strings.Index(r.text[s:e], "-->")
	if close < 0 {
		return -1
	}
	end := s + close + 3
	r.addComment(r.comment.start, end, r.text[r.comment.start+4:end-3])
	return end
}

func appendSpan(spans []span, s, e int) []span {
	if s < e {
		spans = append(spans, span{s, e})
	}
	return spans
}
