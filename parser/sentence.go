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
	sentences := []Sentence{}
	t := p.Text
	start := 0
	emit := func(end int) {
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
			sentences = append(sentences, Sentence{Text: t[s:e], Span: doc.Lines.Span(srcStart, srcEnd)})
		}
		start = end
	}
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
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
		emit(end)
		i = end
	}
	emit(len(t))
	return sentences
}
