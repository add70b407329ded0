package headings

import (
	"strings"

	"github.com/gwlint/gwlint/parser"
)

// A heading numbered past what its series calls for is not always a broken
// sequence: the marker the series misses may be written in a paragraph
// that was not taken for a heading (二、 after 一、 written inline in a long
// line, or 措施如下：1、… before a line 2、…). structure/heading-sequence
// stays silent then. Looking for the marker means scanning paragraphs,
// which in Rego costs microseconds per paragraph, so it is done here, and
// only for the few headings the rule asks about.

// headingLookback bounds how many paragraphs before a heading are searched
// for its missing marker, so that a long document is not rescanned for
// every heading. structure/heading-sequence documents this bound; it is
// not a configuration option.
const headingLookback = 30

// markExpectedWritten fills ExpectedWrittenBetween and
// ExpectedWrittenBefore for the headings in outOfSequence whose ordinal
// passes the one expected; every other slot keeps false.
func markExpectedWritten(doc *parser.Document, slots []HeadingSlot, outOfSequence []int) {
	hs := doc.Headings
	for _, i := range outOfSequence {
		h, s := hs[i], &slots[i]
		if s.ExpectedMarker == "" || h.Ordinal <= s.Expected {
			continue
		}
		if s.Previous >= 0 {
			// Between the previous sibling and this heading, not counting
			// either: a paragraph starting with the marker is the heading
			// that was not recognised.
			from := max(hs[s.Previous].Paragraph+1, h.Paragraph-headingLookback)
			s.ExpectedWrittenBetween = anyParagraph(doc.Paragraphs, from, h.Paragraph, func(text string) bool {
				return strings.HasPrefix(text, s.ExpectedMarker)
			})
			continue
		}
		// The first of its series: the first item may be run into any
		// paragraph since the group began (the parent heading's own line
		// excluded, the document's first paragraph included at the top).
		from := max(groupFirstParagraph(hs, s.Group), h.Paragraph-headingLookback)
		s.ExpectedWrittenBefore = anyParagraph(doc.Paragraphs, from, h.Paragraph, func(text string) bool {
			return strings.Contains(text, s.ExpectedMarker)
		})
	}
}

// groupFirstParagraph is the first paragraph that can precede a group's
// headings: the one after the parent heading, or the document's first.
func groupFirstParagraph(hs []*parser.Heading, group int) int {
	if group < 0 {
		return 0
	}
	return hs[group].Paragraph + 1
}

// anyParagraph reports whether the text of a paragraph in [from, to)
// satisfies match; indices outside the document are skipped.
func anyParagraph(ps []*parser.Paragraph, from, to int, match func(string) bool) bool {
	for i := max(from, 0); i < min(to, len(ps)); i++ {
		if match(ps[i].Text) {
			return true
		}
	}
	return false
}
