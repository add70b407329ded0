// Package parser reads administrative documents (.txt, .md, .html, .docx)
// into a section tree with exact positions: the title and document kind,
// paragraphs (hard-wrapped lines joined), sentences, numbered and
// unnumbered headings with levels, sections, run-in enumerations and page
// numbers left by PDF extraction. Rules decide on this tree; every node
// carries a Span that points into the decoded text of the file.
//
// The readers for each format live in sub-packages and produce a
// source.Source; Build turns any Source into a Document.
package parser

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gwlint/gwlint/parser/charset"
	"github.com/gwlint/gwlint/parser/source"
)

// Options override what Parse would otherwise detect.
type Options struct {
	// Encoding forces the text encoding ("" = detect). Ignored for docx,
	// which is always UTF-8 XML.
	Encoding string
	// Format forces the input format: "txt", "md", "html" or "docx"
	// ("" = by the file name's extension).
	Format string
	// NoSentences leaves every Paragraph.Sentences nil. The linter sets it
	// when no enabled rule reads sentences: splitting them is a tenth of
	// the parse time and a third of the parsed document's memory.
	NoSentences bool
}

// Parse reads one document. name is used to pick the format (by extension)
// and starts every error message, which is one line: "report.pdf:
// unsupported format ".pdf" (supported: …)", "x.txt: empty file", "x.bin:
// binary file, not a text document", "x.txt: invalid gb18030 byte sequence
// at byte offset 17", "x.docx: not a docx file: …". Parse never panics.
func Parse(name string, data []byte, opts Options) (doc *Document, err error) {
	// A linter run over many files must report a bad file and go on, so
	// an unexpected panic in a reader becomes an error for that file.
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%s: internal error while parsing: %v", name, r)
		}
	}()
	r, err := readerFor(name, opts.Format)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) == 0 {
		return nil, fmt.Errorf("%s: empty file", name)
	}
	src, enc, err := r.read(data, opts.Encoding)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, describeReadError(err))
	}
	if r.decodes && strings.TrimFunc(src.Text, isSpace) == "" {
		return nil, fmt.Errorf("%s: empty file", name)
	}
	doc = build(src, r.format, enc.validText, !opts.NoSentences)
	doc.Path = name
	doc.Encoding, doc.BOM = enc.name, enc.bom
	return doc, nil
}

// sourceEncoding is what decoding found: the encoding's canonical name and
// whether the file started with a byte-order mark.
type sourceEncoding struct {
	name string
	bom  bool
	// validText is set when the source's text is the decoder's output,
	// which package charset guarantees to be valid UTF-8: the line index
	// then need not check it again.
	validText bool
}

// read decodes data (text formats) and runs the format's reader. It
// returns the Source and the encoding the text was in.
func (r formatReader) read(data []byte, encoding string) (*source.Source, sourceEncoding, error) {
	if !r.decodes {
		src, err := r.readBytes(data)
		return src, sourceEncoding{name: "utf-8"}, err
	}
	res, err := charset.Decode(data, encoding)
	if err != nil {
		return nil, sourceEncoding{}, err
	}
	src, err := r.readText(res.Text)
	valid := err == nil && src.Text == res.Text // equal pointers: no comparison of the bytes
	return src, sourceEncoding{name: res.Encoding, bom: res.BOM, validText: valid}, err
}

// errBinary is reported for data that holds NUL bytes and is not UTF-16.
var errBinary = errors.New("binary file, not a text document")

// describeReadError turns a decoder's "binary data" error into the message
// users see; other errors already say what is wrong.
func describeReadError(err error) error {
	var de *charset.DecodeError
	if errors.As(err, &de) && de.Reason == charset.ReasonBinary {
		return errBinary
	}
	return err
}
