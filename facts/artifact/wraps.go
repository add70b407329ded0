package artifact

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

// A hard wrap is a line break inside a sentence: text copied out of a PDF
// or a narrow web column keeps the line ends of the layout, so a word or a
// sentence is cut in two (工作情\n况自查报告). The parser has already decided
// which line breaks continue the paragraph (Paragraph.Breaks); this fact
// turns each of them into a repair: the span to delete, widened over the
// blanks around the break, and what to put in its place.
//
// A break where a PDF page number was removed is not a hard wrap of its
// own: the page number is the defect there (artifact/page-number), and
// reporting the break again would count one defect twice.

func init() { facts.Register("artifact_hard_wraps", extractHardWraps) }

// HardWrap is one line break inside a paragraph.
type HardWrap struct {
	Paragraph int `json:"paragraph"`
	// Start and End cover the line break and the blanks on both sides of
	// it: the text that joining the lines removes.
	Start int `json:"start"`
	End   int `json:"end"`
	// Before and After quote up to 8 characters on each side, for the
	// message.
	Before string `json:"before"`
	After  string `json:"after"`
	// Replacement is what joins the lines: nothing between Chinese
	// characters, a space between two Latin words.
	Replacement string `json:"replacement"`
}

// wrapQuoteRunes is how much text a message quotes around a break.
const wrapQuoteRunes = 8

func extractHardWraps(doc *parser.Document, _ *facts.Env) any {
	pages := sortedPageStarts(doc)
	wraps := []HardWrap{}
	for _, p := range doc.Paragraphs {
		for _, br := range p.Breaks {
			if !spanValid(doc.Text, br) {
				continue
			}
			if _, paged := carriedPageMarker(doc.Text, br, pages); paged {
				continue
			}
			wraps = append(wraps, newHardWrap(doc.Text, p.Index, br.Start.Offset, br.End.Offset))
		}
	}
	return wraps
}

// newHardWrap widens the break [start, end) over surrounding blanks and
// works out the joining text.
func newHardWrap(text string, paragraph, start, end int) HardWrap {
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !isBlank(r) {
			break
		}
		start -= size
	}
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if !isBlank(r) {
			break
		}
		end += size
	}
	last, _ := utf8.DecodeLastRuneInString(text[:start])
	first, _ := utf8.DecodeRuneInString(text[end:])
	joint := ""
	if isASCIILetter(last) && isASCIILetter(first) {
		joint = " "
	}
	return HardWrap{
		Paragraph:   paragraph,
		Start:       start,
		End:         end,
		Before:      snippetBefore(text, start, wrapQuoteRunes),
		After:       snippetAfter(text, end, wrapQuoteRunes),
		Replacement: joint,
	}
}

func isASCIILetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// sortedPageStarts lists the start offsets of the page markers in order.
func sortedPageStarts(doc *parser.Document) []int {
	starts := make([]int, 0, len(doc.PageMarkers))
	for _, m := range doc.PageMarkers {
		starts = append(starts, m.Start.Offset)
	}
	sort.Ints(starts)
	return starts
}

// carriedPageMarker returns the start of the page marker that follows the
// break with nothing but blanks and line breaks between them: the N、 at
// the start of the next PDF page line, or a page-number line (— 2 —)
// between the two joined lines. ok is false when the break carries none.
func carriedPageMarker(text string, br parser.Span, pages []int) (start int, ok bool) {
	if !spanValid(text, br) {
		return 0, false
	}
	i := sort.SearchInts(pages, br.End.Offset)
	if i == len(pages) || pages[i] > len(text) || strings.TrimLeft(text[br.End.Offset:pages[i]], " \t\u3000\r\n") != "" {
		return 0, false
	}
	return pages[i], true
}
