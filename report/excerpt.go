package report

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/gwlint/gwlint/finding"
)

const (
	// maxExcerptWidth bounds the display width of a shown source line. A
	// pasted paragraph is often one line of thousands of characters; it is
	// cut to a window around the span so it does not flood the terminal.
	maxExcerptWidth = 100
	// minContextWidth is the context kept before a span too long to centre.
	minContextWidth = 10
	// cutMark replaces the part of a line left out of the window.
	cutMark = "…"
)

// excerpt is a source line as shown under a finding, with the line below
// it that underlines the span.
type excerpt struct {
	line, underline string
}

// spanRunes locates a finding's span in its LineText as rune indices
// [start, end). It prefers RuneColumn, falls back to the UTF-16 Column, and
// runs a span that continues on later lines to the end of this one.
func spanRunes(f finding.Finding) (start, end int) {
	start = runeIndex(f.LineText, f.Start)
	switch {
	case f.End.Line > f.Start.Line:
		end = utf8.RuneCountInString(f.LineText)
	case f.End.Line == f.Start.Line && (f.End.RuneColumn > 0 || f.End.Column > 0):
		end = runeIndex(f.LineText, f.End)
	default:
		end = start + utf8.RuneCountInString(f.Text)
	}
	return start, max(start, end)
}

// runeIndex converts a position on line to a 0-based rune index.
func runeIndex(line string, p finding.Position) int {
	if p.RuneColumn > 0 {
		return p.RuneColumn - 1
	}
	units, runes := 0, 0
	for _, r := range line {
		if units >= p.Column-1 {
			break
		}
		units += utf16.RuneLen(r)
		runes++
	}
	if units < p.Column-1 {
		runes += p.Column - 1 - units // past the end of the line
	}
	return runes
}

// renderExcerpt shows line with the runes [start, end) underlined by ^~~.
// Indices beyond the line are clamped to its end, so a span that runs past
// the line is underlined to the line end and an insertion point at the end
// gets a caret after the last character. Lines wider than maxExcerptWidth
// are windowed around the span with cutMark at the cut ends.
func renderExcerpt(line string, start, end int) excerpt {
	return renderGlyphs(excerptGlyphs(line), start, end)
}

// excerptGlyphs are the glyphs of a source line as renderExcerpt shows it.
func excerptGlyphs(line string) []glyph {
	return lineGlyphs(strings.TrimRight(line, "\r\n"))
}

// renderGlyphs is renderExcerpt on a line already split into glyphs.
func renderGlyphs(glyphs []glyph, start, end int) excerpt {
	n := len(glyphs)
	start = min(max(start, 0), n)
	end = min(max(end, start), n)

	from, to := excerptWindow(glyphs, start, end)
	var shown, under strings.Builder
	lead := 0
	if from > 0 {
		shown.WriteString(cutMark)
		lead = stringWidth(cutMark)
	}
	for i := from; i < to; i++ {
		shown.WriteString(glyphs[i].text)
		if i < start {
			lead += glyphs[i].width
		}
	}
	if to < n {
		shown.WriteString(cutMark)
	}
	spanWidth := glyphsWidth(glyphs[start:min(end, to)])
	under.WriteString(spaces(lead))
	under.WriteString("^")
	under.WriteString(strings.Repeat("~", max(spanWidth-1, 0)))
	return excerpt{line: shown.String(), underline: under.String()}
}

// excerptWindow picks the glyphs [from, to) to show. A short span is
// centred; a long one keeps minContextWidth columns of context before it
// and is cut on the right.
func excerptWindow(glyphs []glyph, start, end int) (from, to int) {
	n := len(glyphs)
	if glyphsWidth(glyphs) <= maxExcerptWidth {
		return 0, n
	}
	budget := maxExcerptWidth - 2*stringWidth(cutMark)
	before := minContextWidth
	if spanWidth := glyphsWidth(glyphs[start:end]); spanWidth+2*minContextWidth < budget {
		before = (budget - spanWidth) / 2
	}
	from, used := start, 0
	for from > 0 && used+glyphs[from-1].width <= before {
		from--
		used += glyphs[from].width
	}
	to = start
	for to < n && used+glyphs[to].width <= budget {
		used += glyphs[to].width
		to++
	}
	for to == n && from > 0 && used+glyphs[from-1].width <= budget {
		from--
		used += glyphs[from].width
	}
	return from, to
}

// glyphsWidth sums the display widths of glyphs.
func glyphsWidth(glyphs []glyph) int {
	n := 0
	for _, g := range glyphs {
		n += g.width
	}
	return n
}
