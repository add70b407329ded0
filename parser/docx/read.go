// Package docx reads Word .docx files into a source.Source.
//
// A .docx has no text form, so the reader builds one: every w:p of the main
// document becomes one line, prefixed with the label Word's automatic
// numbering shows for it ("一、", "（二）", "第三章"). Those labels are the
// point of the package: numbering errors in 公文 are only visible once the
// labels are rendered the way Word renders them, and the Go docx libraries
// neither render them nor keep all the text (see
// shared/research/dependencies.md §4). The reader therefore uses only
// archive/zip and a streaming encoding/xml decoder.
package docx

import (
	"fmt"

	"github.com/gwlint/gwlint/parser/source"
)

// Read parses a .docx file. Errors are one line and say what is wrong
// ("not a docx file: zip: not a valid zip file", "not a docx file:
// word/document.xml is missing", "malformed word/document.xml: …"); the
// caller prefixes the file name.
func Read(data []byte) (*source.Source, error) {
	pkg, err := openPackage(data)
	if err != nil {
		return nil, fmt.Errorf("not a docx file: %w", err)
	}
	parts := pkg.locateParts()

	docXML, found, err := pkg.read(parts.document)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("not a docx file: %s is missing", parts.document)
	}
	styles, err := readStyles(pkg, parts.styles)
	if err != nil {
		return nil, err
	}
	lists, err := readNumbering(pkg, parts.numbering)
	if err != nil {
		return nil, err
	}
	comments, err := readComments(pkg, parts.comments)
	if err != nil {
		return nil, err
	}
	body, err := walkStory(docXML)
	if err != nil {
		return nil, fmt.Errorf("malformed %s: %w", parts.document, err)
	}
	return layout(body, styles, lists, comments), nil
}
