// Package htmltext extracts the visible text of an HTML document as
// source.Blocks whose segments point at exact byte offsets of the input.
//
// Offsets matter more than fidelity to a browser's rendering: every finding
// gwlint reports must land on the line and column the user edits, so the
// reader walks golang.org/x/net/html's Tokenizer (html.Parse builds a tree and
// forgets where things were) and sums the lengths of the raw tokens.
//
// What counts as visible:
//   - the content of <body>; everything in <head>, <script>, <style>,
//     <noscript>, <template>, <svg>, <object>, <title> and similar is dropped;
//   - <!-- --> comments are collected as source.Comment (they carry gwlint
//     directives), processing instructions and bogus comments such as Word's
//     <?xml:namespace …> and <![if !supportLists]> are dropped — but the text
//     between <![if !supportLists]> and <![endif]> (Word's list labels "一、")
//     is kept, because browsers show it;
//   - block elements (p, div, h1–h6, li, td, …) and <br> delimit blocks;
//     a block with nothing but whitespace, NBSP or U+3000 in it (Word's
//     empty paragraph <p><o:p>&nbsp;</o:p></p>) produces nothing.
//
// Kinds: h1–h6 give headings, td and th table cells, and the first block of
// an <li> a list item whose level is the number of <li> it is nested in;
// later blocks of the same item (after a <p> or <br>) are paragraphs, so
// that one item is one list item. Everything else is a paragraph.
//
// Whitespace follows the browser: runs of ASCII whitespace collapse to one
// space that maps to the whole run, and leading and trailing whitespace of a
// block is trimmed. One deliberate difference: a whitespace run that holds a
// line break and touches a CJK character on either side is dropped, because a
// source line break inside Chinese text is a wrap, not a space (CSS Text 3
// removes such breaks between wide characters too). A run of plain spaces
// between Chinese characters is kept: the author typed it and a browser
// shows it. U+3000 and NBSP are document characters and are never collapsed.
// Inside <pre> (and <listing>, <xmp>, <plaintext>) whitespace is kept and
// each source line is a block of its own.
//
// Ordered lists: the reader renders the <ol> counter ("1.", "a.", "iv.") the
// way a browser shows it, as a zero-width segment at the start of the item's
// first block, and sets Block.AutoLabel to its length, so that rules can tell
// generated numbering from typed numbering. Lists styled list-style:none and
// reversed lists get no label.
package htmltext

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/gwlint/gwlint/parser/source"
)

// ErrInvalidUTF8 is returned for input that is not valid UTF-8: the reader
// expects text that charset detection has already decoded.
var ErrInvalidUTF8 = errors.New("htmltext: input is not valid UTF-8")

// Read returns the visible text of the HTML document text. Source.Text is
// text itself; every segment offset is a byte offset into it.
func Read(text string) (*source.Source, error) {
	if !utf8.ValidString(text) {
		return nil, ErrInvalidUTF8
	}
	r := newReader(text)
	if err := r.run(); err != nil {
		return nil, fmt.Errorf("htmltext: %w", err)
	}
	return r.src, nil
}

// reader holds the state of one pass over the token stream.
type reader struct {
	text string
	src  *source.Source
	// off is the byte offset of the current token in text.
	off int

	open  openStack
	block blockBuilder

	// hidden is the element whose content is being skipped ("" when none)
	// and hiddenDepth how many of it are open, so nested <svg><svg> end
	// where they should.
	hidden      string
	hiddenDepth int
	// head says where the reader is relative to <head>: text in the head
	// is not shown, and a <head> tag after the body has begun is ignored,
	// as browsers do.
	head headState
	// rawText is set inside <xmp> and <plaintext>, whose content browsers
	// show without decoding character references.
	rawText bool
}

func newReader(text string) *reader {
	return &reader{text: text, src: &source.Source{Text: text}, block: blockBuilder{src: text}}
}

// run tokenizes the whole input.
func (r *reader) run() error {
	z := html.NewTokenizer(strings.NewReader(r.text))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if err := z.Err(); !errors.Is(err, io.EOF) {
				return fmt.Errorf("tokenizing at byte %d: %w", r.off, err)
			}
			r.flush()
			return nil
		}
		raw := z.Raw()
		end := r.off + len(raw)
		if end > len(r.text) || r.text[r.off:end] != string(raw) {
			return fmt.Errorf("token at byte %d does not match the input", r.off)
		}
		r.handle(z, tt, end)
		r.off = end
	}
}

// handle dispatches one token that spans text[r.off:end].
func (r *reader) handle(z *html.Tokenizer, tt html.TokenType, end int) {
	switch tt {
	case html.TextToken:
		r.onText(r.off, end)
	case html.StartTagToken, html.SelfClosingTagToken:
		rawName, hasAttr := z.TagName()
		name := string(rawName)
		var attrs map[string]string
		if hasAttr && (name == "ol" || name == "li") {
			attrs = readListAttrs(z)
		}
		r.onStartTag(name, attrs, tt == html.SelfClosingTagToken)
	case html.EndTagToken:
		name, _ := z.TagName()
		r.onEndTag(string(name))
	case html.CommentToken:
		r.onComment(r.off, end)
	}
}

// readListAttrs returns the attributes of <ol> and <li> that decide the
// item labels. Other elements' attributes are not read: decoding them is a
// third of the tokenizing time of Word HTML.
func readListAttrs(z *html.Tokenizer) map[string]string {
	attrs := map[string]string{}
	for {
		key, val, more := z.TagAttr()
		switch k := string(key); k {
		case "style", "start", "type", "value", "reversed":
			attrs[k] = string(val)
		}
		if !more {
			return attrs
		}
	}
}

// onText handles a text token.
func (r *reader) onText(start, end int) {
	if r.hidden != "" {
		return
	}
	if r.head != afterHead {
		if strings.Trim(r.text[start:end], asciiSpace) == "" {
			return
		}
		// Text makes a browser close the head and start the body.
		r.head = afterHead
	}
	r.scanText(start, end)
}

// onStartTag handles <name …> and <name …/>.
func (r *reader) onStartTag(name string, attrs map[string]string, selfClosing bool) {
	if r.hidden != "" {
		if name == r.hidden && !selfClosing {
			r.hiddenDepth++
		}
		return
	}
	switch {
	case name == "head":
		if r.head == beforeHead {
			r.head = inHead
		}
		return
	case name != "html" && !headElements[name]:
		// <body> or any body content ends the head.
		r.head = afterHead
	}
	if hiddenElements[name] {
		if !selfClosing && !voidElements[name] {
			r.hidden, r.hiddenDepth = name, 1
		}
		return
	}
	if name == "xmp" || name == "plaintext" {
		r.rawText = true
	}
	if breakElements[name] || blockElements[name] {
		r.flush()
	}
	if blockElements[name] && !selfClosing {
		r.open.push(name, attrs)
	}
}

// onEndTag handles </name>.
func (r *reader) onEndTag(name string) {
	if r.hidden != "" {
		if name == r.hidden {
			r.hiddenDepth--
			if r.hiddenDepth == 0 {
				r.hidden = ""
			}
		}
		return
	}
	if name == "head" {
		if r.head == inHead {
			r.head = afterHead
		}
		return
	}
	if name == "xmp" {
		r.rawText = false
	}
	if breakElements[name] || blockElements[name] {
		r.flush()
		r.open.pop(name)
	}
}

// onComment collects a <!-- --> comment; other comment tokens (processing
// instructions, <![if …]>, <!x>, </>) are markup debris and are dropped.
func (r *reader) onComment(start, end int) {
	body, ok := commentBody(r.text[start:end])
	if !ok {
		return
	}
	r.src.Comments = append(r.src.Comments, source.Comment{
		Start: start, End: end, Text: body, AnchorStart: -1, AnchorEnd: -1,
	})
}

// flush ends the block being built, if any.
func (r *reader) flush() {
	if b, ok := r.block.finish(); ok {
		r.src.Blocks = append(r.src.Blocks, b)
	}
}

// headState is the reader's position relative to the document's <head>.
type headState int

const (
	beforeHead headState = iota
	inHead
	afterHead
)
