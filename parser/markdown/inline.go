package markdown

import (
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser/source"
)

// inlineItem is a piece of a block's text after inline parsing: visible
// text (delim 0) or a run of emphasis delimiters that may turn out to be
// markup.
type inlineItem struct {
	start, end int
	// delim is '*', '_' or '~' for a delimiter run.
	delim             byte
	canOpen, canClose bool
	// placeholder marks a run that stands for deleted text (see
	// emphasis.go); it is text and makes its block template text.
	placeholder bool
	// markup is set when the run was matched as emphasis and is dropped.
	markup bool
}

// inlineParser removes inline markup from a block's text: emphasis markers,
// backticks, link and image syntax, HTML tags and comments, and the
// backslashes of escapes. Everything it keeps is verbatim input text.
type inlineParser struct {
	r *reader
}

// scanRange is a range of text being scanned and what is known about it.
type scanRange struct {
	start, end int
	// breakAfter says a line break follows, so that a backslash at the
	// end is a hard break and not text.
	breakAfter bool
	// inLink is set inside a link's text, where links are text (CommonMark
	// forbids links in links; this also bounds the recursion).
	inLink  bool
	closers *closers
	pairs   pairs
}

// segments returns the visible text of a block whose lines hold the given
// spans, in source order. Emphasis may span lines; other constructs may not.
func (p inlineParser) segments(lines [][]span) []source.Segment {
	var items []inlineItem
	for li, pieces := range lines {
		for pi, sp := range pieces {
			cl := newClosers(p.r.text, sp.end)
			items = p.scan(items, scanRange{
				start:      sp.start,
				end:        sp.end,
				breakAfter: pi == len(pieces)-1 && li < len(lines)-1,
				closers:    cl,
				pairs:      matchPairs(p.r.text, sp.start, sp.end, cl),
			})
		}
	}
	resolveEmphasis(items)
	return toSegments(p.r.text, items)
}

// linkText parses the text of a link, text[s:e] inside rg, as a unit whose
// emphasis cannot pair with markers outside it, and appends its visible
// text as plain items.
func (p inlineParser) linkText(items []inlineItem, rg scanRange, s, e int) []inlineItem {
	inner := p.scan(nil, scanRange{start: s, end: e, inLink: true, closers: newClosers(p.r.text, e), pairs: rg.pairs})
	resolveEmphasis(inner)
	for _, it := range inner {
		if !it.markup {
			items = append(items, inlineItem{start: it.start, end: it.end})
		}
	}
	return items
}

// scan appends the items of the range rg.
func (p inlineParser) scan(items []inlineItem, rg scanRange) []inlineItem {
	text, s, e := p.r.text, rg.start, rg.end
	plain := func(a, b int) {
		if a < b {
			items = append(items, inlineItem{start: a, end: b})
		}
	}
	for i := s; i < e; {
		switch c := text[i]; c {
		case '\\':
			switch {
			case i+1 < e && isASCIIPunct(text[i+1]):
				plain(i+1, i+2)
				i += 2
			case i+1 == e && rg.breakAfter:
				i++
			default:
				plain(i, i+1)
				i++
			}
		case '`':
			n := runLength(text, i, e, '`')
			if j := rg.closers.backticks(i+n, n); j >= 0 {
				plain(codeContent(text, i+n, j))
				i = j + n
			} else {
				plain(i, i+n)
				i += n
			}
		case '<':
			if n := autolinkLength(text, i, e); n > 0 {
				plain(i+1, i+n-1) // the address without < >
				i += n
			} else if n := p.skipHTML(rg, i); n > 0 {
				i += n
			} else {
				plain(i, i+1)
				i++
			}
		case '!':
			if n, _, _ := p.link(rg, i+1); n > 0 {
				i += 1 + n // an image shows no text
			} else {
				plain(i, i+1)
				i++
			}
		case '[':
			if n, ts, te := p.link(rg, i); n > 0 && !rg.inLink {
				items = p.linkText(items, rg, ts, te)
				i += n
			} else {
				plain(i, i+1)
				i++
			}
		case '*', '_', '~':
			n := runLength(text, i, e, c)
			items = append(items, newDelimiter(text, c, i, i+n, s, e))
			i += n
		default:
			j := i + 1
			for j < e && !isInlineSpecial(text[j]) {
				j++
			}
			plain(i, j)
			i = j
		}
	}
	return items
}

// skipHTML returns the length of the inline HTML at text[i], which shows
// no text, collecting it when it is a comment; 0 when the '<' is text.
func (p inlineParser) skipHTML(rg scanRange, i int) int {
	if n, body, ok := commentLength(p.r.text, i, rg.closers); ok {
		p.r.addComment(i, i+n, body)
		return n
	}
	return htmlTagLength(p.r.text, i, rg.end, rg.closers)
}

// toSegments joins the visible items into segments, one per run of
// adjacent input text.
func toSegments(text string, items []inlineItem) []source.Segment {
	var segs []source.Segment
	for _, it := range items {
		if it.markup || it.start == it.end {
			continue
		}
		if n := len(segs); n > 0 && segs[n-1].End == it.start {
			segs[n-1].End = it.end
			segs[n-1].Text = text[segs[n-1].Start:it.end]
			continue
		}
		segs = append(segs, source.Segment{Start: it.start, End: it.end, Text: text[it.start:it.end]})
	}
	return segs
}

func isInlineSpecial(c byte) bool {
	switch c {
	case '\\', '`', '<', '!', '[', '*', '_', '~':
		return true
	}
	return false
}

func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

// codeContent strips the one space CommonMark removes from each end of a
// code span that has a space at both ends and is not all spaces.
func codeContent(text string, s, e int) (int, int) {
	if e-s >= 2 && text[s] == ' ' && text[e-1] == ' ' && !isBlank(text, s, e) {
		return s + 1, e - 1
	}
	return s, e
}

// runeBefore returns the character before text[i], or a space at s, the
// start of the text being parsed: a line boundary counts as whitespace.
func runeBefore(text string, s, i int) rune {
	if i <= s {
		return ' '
	}
	c, _ := utf8.DecodeLastRuneInString(text[s:i])
	return c
}

// runeAt returns the character at text[i], or a space at e.
func runeAt(text string, i, e int) rune {
	if i >= e {
		return ' '
	}
	c, _ := utf8.DecodeRuneInString(text[i:e])
	return c
}
