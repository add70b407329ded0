package artifact

import (
	"unicode"
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser"
)

// Character helpers shared by the artifact facts (hard wraps, page numbers,
// layout spaces, mojibake).

// isCJK reports whether r belongs to Chinese running text for the
// purpose of spotting layout debris: a Han character, a CJK or full-width
// punctuation mark, or a curly quote (Chinese text uses “ ” and ‘ ’). An
// ASCII space between two such characters has no place in Chinese text.
func isCJK(r rune) bool {
	switch {
	case r == '“', r == '”', r == '‘', r == '’':
		return true
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// isBlank reports the horizontal spaces that surround a line break
// copied out of a PDF: ASCII space, tab and the ideographic space used for
// indentation.
func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000'
}

// snippetBefore returns up to n runes of s before byte offset off,
// stopping at a line break so that a message quotes one line.
func snippetBefore(s string, off, n int) string {
	b := off
	for i := 0; i < n && b > 0; i++ {
		r, size := utf8.DecodeLastRuneInString(s[:b])
		if r == '\n' || r == '\r' {
			break
		}
		b -= size
	}
	return s[b:off]
}

// snippetAfter returns up to n runes of s from byte offset off,
// stopping at a line break.
func snippetAfter(s string, off, n int) string {
	a := off
	for i := 0; i < n && a < len(s); i++ {
		r, size := utf8.DecodeRuneInString(s[a:])
		if r == '\n' || r == '\r' {
			break
		}
		a += size
	}
	return s[off:a]
}

// shorten shortens s to at most n runes, marking a cut with …, for
// quoting long text in a message.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, count := 0, 0
	for i < len(s) && count < n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		count++
	}
	return s[:i] + "…"
}

// spanValid reports whether a span the parser produced lies inside
// text, so that slicing it cannot panic whatever the parser does.
func spanValid(text string, s parser.Span) bool {
	return 0 <= s.Start.Offset && s.Start.Offset <= s.End.Offset && s.End.Offset <= len(text)
}
