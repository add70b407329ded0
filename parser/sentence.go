package parser

import (
	"strings"
	"unicode/utf8"
)

// splitSentences cuts a paragraph's text after each sentence mark (。！？；
// and half-width !?; next to Chinese) and at the paragraph end. Closing
// quotes and brackets right after the mark stay in the sentence it ends
// (他说：“好。”), and so do repeated marks (！！). White space between
// sentences belongs to neither. Spans are mapped through the paragraph's
// Map, so a sentence across a joined line break spans both lines.
func splitSentences(doc *Document, p *Paragraph) []Sentence {
	t := p.Text
	var buf [16]int // most paragraphs have fewer sentences: no allocation
	ends := sentenceEnds(t, buf[:0])
	// Sized once: a 10 MB file has 100,000 paragraphs, and growing each
	// slice by doubling allocated twice what the sentences need.
	sentences := make([]Sentence, 0, len(ends))
	start := 0
	last := p.Span.Start // sentences follow one another: walk on from the last
	for _, end := range ends {
		s := start
		for s < end {
			r, size := utf8.DecodeRuneInString(t[s:end])
			if !isSpace(r) {
				break
			}
			s += size
		}
		e := s + len(strings.TrimRightFunc(t[s:end], isSpace))
		if e > s {
			srcStart, srcEnd := p.Map.Source(s, e)
			span := doc.Lines.spanAfter(last, srcStart, srcEnd)
			sentences = append(sentences, Sentence{Text: t[s:e], Span: span})
			last = span.End
		}
		start = end
	}
	return sentences
}

// sentenceEnds appends to ends the byte offsets at which the sentences of
// t end, the last one being len(t), and returns the extended slice.
func sentenceEnds(t string, ends []int) []int {
	for i := 0; i < len(t); {
		if i = hanRunEnd(t, i); i == len(t) { // no Han character ends a sentence
			break
		}
		r, size := decodeRune(t, i)
		if !isSentenceEndAt(t, i, r) {
			i += size
			continue
		}
		end := i + size
		for end < len(t) {
			next, nsize := utf8.DecodeRuneInString(t[end:])
			if !isClosing(next) && !isSentenceEnd(next) {
				break
			}
			end += nsize
		}
		ends = append(ends, end)
		i = end
	}
	return append(ends, len(t))
}
