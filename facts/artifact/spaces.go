package artifact

import (
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

// Chinese text has no spaces between words, so an ASCII space between two
// Chinese characters or marks is layout debris: the text layer of a PDF
// puts one where a paragraph or a line ended, where a book-title mark was
// lost, or between columns. One such space may be a typing slip, but dozens
// mean the text was pasted from a PDF without cleaning, and they are best
// reported together.
//
// Headings and the title are left out: a heading of two parallel phrases
// separated by a space (学习劳模 规范管理) is a common, if informal, style.
// Only the heading itself is skipped, not the body run into the same
// paragraph (a PDF page line may start with a heading and go on for
// hundreds of characters).

func init() { facts.Register("artifact_layout_spaces", extractLayoutSpaces) }

// LayoutSpaces counts the runs of ASCII spaces between Chinese characters in
// the body text.
type LayoutSpaces struct {
	Count int                `json:"count"`
	Spans []facts.SourceSpan `json:"spans"`
	// Examples quote the first few runs with three characters on each
	// side, for the message.
	Examples []string `json:"examples"`
}

const (
	layoutSpaceExamples     = 3
	layoutSpaceContextRunes = 3
)

func extractLayoutSpaces(doc *parser.Document, _ *facts.Env) any {
	out := LayoutSpaces{Spans: []facts.SourceSpan{}, Examples: []string{}}
	for _, p := range doc.Paragraphs {
		if p.Role == parser.RoleTitle {
			continue
		}
		for _, run := range layoutSpaceRuns(p.Text) {
			span := facts.Span(p, run[0], run[1])
			if inOwnHeading(doc, p, span) {
				continue
			}
			out.Count++
			out.Spans = append(out.Spans, span)
			if len(out.Examples) < layoutSpaceExamples {
				out.Examples = append(out.Examples,
					snippetBefore(p.Text, run[0], layoutSpaceContextRunes)+
						p.Text[run[0]:run[1]]+
						snippetAfter(p.Text, run[1], layoutSpaceContextRunes))
			}
		}
	}
	return out
}

// inOwnHeading reports whether span lies in the heading text of a heading
// paragraph.
func inOwnHeading(doc *parser.Document, p *parser.Paragraph, span facts.SourceSpan) bool {
	if p.Heading < 0 || p.Heading >= len(doc.Headings) {
		return false
	}
	h := doc.Headings[p.Heading].Span
	return span.Start >= h.Start.Offset && span.End <= h.End.Offset
}

// layoutSpaceRuns finds the runs of ASCII spaces in text whose neighbours
// on both sides are Chinese characters or marks, as byte ranges. It jumps
// from space to space rather than decoding every character: Chinese text
// has few spaces.
func layoutSpaceRuns(text string) [][2]int {
	var runs [][2]int
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], ' ')
		if k < 0 {
			break
		}
		start := i + k
		end := start
		for end < len(text) && text[end] == ' ' {
			end++
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:start])
		next, _ := utf8.DecodeRuneInString(text[end:])
		if start > 0 && end < len(text) && isCJK(prev) && isCJK(next) {
			runs = append(runs, [2]int{start, end})
		}
		i = end
	}
	return runs
}
