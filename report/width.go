package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// tabStop is how many columns a tab advances to in text output. Source
// lines are shown with tabs expanded so the underline lines up whatever the
// terminal's own tab setting.
const tabStop = 4

// glyph is one rune of a source line as the terminal will show it.
type glyph struct {
	text  string
	width int
}

// runeWidth is the number of terminal columns r occupies: 2 for East Asian
// Wide and Fullwidth characters (Han, kana, full-width punctuation, CJK
// extension B such as 𠀋), 0 for combining marks, 1 otherwise. East Asian
// Ambiguous characters (“” … —) count as 1, which is what terminals do
// outside CJK legacy locales.
func runeWidth(r rune) int {
	// Fast paths for the bulk of a Chinese document: Latin before the
	// combining diacritics block, and the CJK Unified Ideographs block.
	switch {
	case r < 0x300:
		return 1
	case r >= 0x4E00 && r <= 0x9FFF:
		return 2
	}
	if unicode.In(r, unicode.Mn, unicode.Me) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// stringWidth is the display width of s, each rune measured by runeWidth.
func stringWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// isInvisible reports runes that must not reach the terminal raw: control
// characters could move the cursor or start escape sequences, and format
// characters (zero-width space, BOM, bidi overrides) are exactly the debris
// from web pages gwlint points at, so they are shown as <U+XXXX>.
//
// Printable ASCII and the range visible (jsonescape.go) skips, which holds
// CJK and full-width forms, contain none of these, so most runes of a
// Chinese line need no table lookup.
func isInvisible(r rune) bool {
	if (r >= ' ' && r < 0x7F) || (r >= 0x2070 && r < 0xFEFF) {
		return false
	}
	return r != '\t' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar)
}

// lineGlyphs splits a source line into glyphs: tabs become spaces up to the
// next tab stop and invisible runes become visible <U+XXXX> marks. There is
// exactly one glyph per rune, so rune indices into line index the result.
func lineGlyphs(line string) []glyph {
	glyphs := make([]glyph, 0, utf8.RuneCountInString(line))
	column := 0
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		var g glyph
		switch {
		case r == '\t':
			n := tabStop - column%tabStop
			g = glyph{text: spaces(n), width: n}
		case isInvisible(r):
			text := fmt.Sprintf("<U+%04X>", r)
			g = glyph{text: text, width: len(text)}
		default:
			// A substring of line, not string(r): no allocation per rune on
			// paragraphs thousands of characters long.
			g = glyph{text: line[i : i+size], width: runeWidth(r)}
		}
		column += g.width
		glyphs = append(glyphs, g)
		i += size
	}
	return glyphs
}

// spaces returns n spaces (none for n ≤ 0).
func spaces(n int) string {
	return strings.Repeat(" ", max(n, 0))
}
