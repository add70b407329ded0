// Package markdown extracts the document text of a Markdown file as
// source.Blocks whose segments point at exact byte offsets of the input.
//
// It is a line-based block reader in the spirit of CommonMark and GFM, not a
// full implementation: it knows what gwlint needs to know about a work
// report written in Markdown, and it keeps every character of document text
// in place so that findings land on the right line and column.
//
// Not document text: YAML or TOML front matter, fenced code blocks,
// HTML comments (collected as source.Comment: they carry gwlint
// directives), <script> and <style> HTML blocks, lines that hold only HTML
// tags, link reference definitions, thematic breaks and table delimiter
// rows. Indented code blocks do not exist here: Chinese documents indent
// paragraphs with spaces or U+3000. Character references (&nbsp;) are left
// as typed: every segment is verbatim, and a stray &nbsp; in a report is
// debris worth reporting.
//
// Blocks: ATX and setext headings, list items (bullet markers dropped;
// ordered markers "1." kept as text, since they are the numbering a reader
// sees and gwlint checks), paragraphs of blockquotes, GFM table cells and
// paragraphs. A paragraph's lines form one block with the line breaks left
// out: Chinese has no spaces between words, so a soft break is not a space.
// Any list item may interrupt a paragraph, unlike CommonMark, where only
// items numbered 1 may: a numbered line under a paragraph is meant as one.
//
// Inline markup is removed by leaving its bytes out of the segments; what
// remains is always verbatim input text. Emphasis follows CommonMark's
// flanking rules with changes that keep template placeholders such as
// ***年 and 共**人 as text (see emphasis.go).
package markdown

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser/source"
)

// ErrInvalidUTF8 is returned for input that is not valid UTF-8: the reader
// expects text that charset detection has already decoded.
var ErrInvalidUTF8 = errors.New("markdown: input is not valid UTF-8")

// Read returns the document text of the Markdown text. Source.Text is text
// itself; every segment offset is a byte offset into it.
func Read(text string) (*source.Source, error) {
	if !utf8.ValidString(text) {
		return nil, ErrInvalidUTF8
	}
	r := &reader{
		text:  text,
		src:   &source.Source{Text: text},
		lines: splitLines(text),
	}
	r.defs = linkDefinitions(text, r.lines)
	for i := frontMatterEnd(text, r.lines); i < len(r.lines); {
		i += r.readLine(i)
	}
	r.flush()
	return r.src, nil
}

// reader holds the state of one pass over the lines.
type reader struct {
	text  string
	src   *source.Source
	lines []line
	// defs holds the normalised labels of link reference definitions, so
	// that [label] is known to be a link.
	defs map[string]bool

	fence   *fence
	comment *openComment
	// hiddenEnd is the end tag of the open <script> or <style> HTML block,
	// "" when none is open.
	hiddenEnd string
	table     *table
	lists     listStack
	// open is the paragraph, list item or blockquote paragraph whose lines
	// are still being collected; nil after a blank line.
	open *openBlock
}

// readLine reads line i and returns how many lines it consumed.
func (r *reader) readLine(i int) int {
	l := r.lines[i]
	s, e := l.start, l.end
	if r.comment != nil {
		return r.readCommentLine(s, e)
	}
	if r.hiddenEnd != "" {
		if containsFold(r.text[s:e], r.hiddenEnd) {
			r.hiddenEnd = ""
		}
		return 1
	}
	depth, cs, col := quotePrefix(r.text, s, e)
	if r.fence != nil {
		if depth >= r.fence.quoteDepth {
			if p, _ := skipSpaces(r.text, cs, e, col); r.fence.closes(r.text, p, e) {
				r.fence = nil
			}
			return 1
		}
		r.fence = nil // a blockquote holding the fence ended
	}
	p, col := skipSpaces(r.text, cs, e, col)
	if r.table != nil {
		if depth == r.table.quoteDepth && p < e && strings.IndexByte(r.text[p:e], '|') >= 0 {
			r.addTableRow(p, e)
			return 1
		}
		r.table = nil
	}
	if p == e {
		r.flush()
		return 1
	}
	return r.readContent(i, depth, p, e, col)
}

// readContent classifies the non-blank content text[p:e] of line i, which
// sits at column col inside depth blockquotes.
func (r *reader) readContent(i, depth, p, e, col int) int {
	text := r.text
	if strings.HasPrefix(text[p:e], "<!--") {
		// An HTML block: it ends the paragraph, and text after the
		// comment on this line starts a new one.
		r.flush()
		r.addLine(source.Paragraph, 0, depth, r.removeComments(p, e, p))
		return 1
	}
	if end := hiddenBlockEnd(text, p, e); end != "" {
		r.startBlock(depth, col)
		if !containsFold(text[p:e], end) {
			r.hiddenEnd = end
		}
		return 1
	}
	if f, ok := openFence(text, p, e, depth); ok {
		r.startBlock(depth, col)
		r.fence = &f
		return 1
	}
	if level, content, ok := atxHeading(text, p, e); ok {
		r.startBlock(depth, col)
		r.addLine(source.Heading, level, depth, r.removeComments(content.start, content.end, p))
		r.flush()
		return 1
	}
	if level := setextLevel(text, p, e); level > 0 && r.open != nil && r.open.kind == source.Paragraph && r.open.quoteDepth == depth {
		r.open.kind, r.open.level = source.Heading, level
		r.flush()
		return 1
	}
	if isThematicBreak(text, p, e) {
		r.startBlock(depth, col)
		return 1
	}
	if r.startsTable(i, depth, p, e) {
		r.startBlock(depth, col)
		r.table = &table{quoteDepth: depth}
		r.addTableRow(p, e)
		return 2 // the delimiter row is not text
	}
	if m, ok := parseListMarker(text, p, e, col); ok {
		r.flush()
		level := r.lists.push(depth, col, m.contentCol)
		start := m.content
		if m.ordered {
			start = m.start
		}
		r.addLine(source.ListItem, level, depth, r.removeComments(start, e, p))
		return 1
	}
	if onlyTags(text, p, e) {
		r.flush()
		return 1
	}
	if r.open != nil && depth <= r.open.quoteDepth {
		// A continuation line, lazy ones included.
		r.open.lines = appendLine(r.text, r.open.lines, r.removeComments(p, e, p))
		return 1
	}
	if _, ok := parseLinkDefinition(text, p, e); ok {
		r.flush()
		return 1
	}
	r.startBlock(depth, col)
	r.addLine(source.Paragraph, 0, depth, r.removeComments(p, e, p))
	return 1
}

// readCommentLine reads a line that starts inside an HTML comment.
func (r *reader) readCommentLine(s, e int) int {
	end := r.continueComment(s, e)
	if end < 0 {
		return 1
	}
	block := r.comment.block
	r.comment = nil
	if isBlank(r.text, end, e) {
		return 1
	}
	pieces := r.removeComments(end, e, -1)
	if !block && r.open != nil {
		r.open.lines = appendLine(r.text, r.open.lines, pieces)
		return 1
	}
	r.flush()
	r.addLine(source.Paragraph, 0, 0, pieces)
	return 1
}
