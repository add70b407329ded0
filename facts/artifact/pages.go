package artifact

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

// Page numbers left in text copied out of a PDF (Document.PageMarkers) come
// as whole lines (— 2 —, 第2页 共5页) or as N、 at the start of each page
// line. The parser takes them out of the paragraph text; this fact gives
// rules their text, the span whose deletion repairs the document, and
// whether the number cuts a sentence in two.

func init() { facts.Register("artifact_page_numbers", extractPageNumbers) }

// PageNumber is one page marker.
type PageNumber struct {
	// Text is the marker as written (2、, — 2 —).
	Text string `json:"text"`
	// Start and End cover what deleting the page number removes: the
	// marker and the blanks after it, or for a marker that is a whole line
	// the line with its line break, so the lines around it meet again.
	Start int `json:"start"`
	End   int `json:"end"`
	// Line is set when the marker is a line of its own.
	Line bool `json:"line"`
	// Splits is set when the parser joined the text on both sides of the
	// marker into one paragraph: the page number interrupts a sentence.
	Splits bool `json:"splits"`
}

func extractPageNumbers(doc *parser.Document, _ *facts.Env) any {
	starts := sortedPageStarts(doc)
	splitting := make(map[int]bool, len(starts))
	for _, p := range doc.Paragraphs {
		for _, br := range p.Breaks {
			if start, ok := carriedPageMarker(doc.Text, br, starts); ok {
				splitting[start] = true
			}
		}
	}
	out := make([]PageNumber, 0, len(doc.PageMarkers))
	for _, m := range doc.PageMarkers {
		if !spanValid(doc.Text, m) {
			continue
		}
		pn := newPageNumber(doc.Text, m.Start.Offset, m.End.Offset)
		pn.Splits = splitting[m.Start.Offset]
		out = append(out, pn)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// newPageNumber works out the deletion span of the marker [start, end).
func newPageNumber(text string, start, end int) PageNumber {
	pn := PageNumber{Text: strings.TrimSpace(text[start:end]), Start: start}
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	after := end
	for after < len(text) {
		r, size := utf8.DecodeRuneInString(text[after:])
		if !isBlank(r) {
			break
		}
		after += size
	}
	onlyBlanksBefore := strings.Trim(text[lineStart:start], " \t\u3000") == ""
	atLineEnd := after == len(text) || text[after] == '\n' || text[after] == '\r'
	pn.Line = onlyBlanksBefore && atLineEnd
	if pn.Line {
		if strings.HasPrefix(text[after:], "\r\n") {
			after += 2
		} else if after < len(text) && text[after] == '\n' {
			after++
		}
	}
	pn.End = after
	return pn
}
