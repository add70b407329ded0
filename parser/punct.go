package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Character classes the tree builder decides with. Chinese text mixes
// full-width marks with half-width ones (000 and 002 use half-width , ; ( ),
// so every class lists both forms.

// isSentenceEnd reports a mark that ends a sentence: 。！？； and their
// half-width forms. Half-width ones count only next to Chinese (see
// isSentenceEndAt), since 1.5 and a;b are not sentence ends.
func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '｡':
		return true
	}
	return false
}

// isClosing reports a closing quote or bracket, which stays with the
// sentence it closes (。” ends a sentence after the quote).
func isClosing(r rune) bool {
	switch r {
	case '”', '’', '）', ')', '》', '」', '』', '】', '〕', '〉', '］', ']', '｝', '}', '"', '\'':
		return true
	}
	return false
}

// isOpening reports an opening quote or bracket.
func isOpening(r rune) bool {
	switch r {
	case '“', '‘', '（', '(', '《', '「', '『', '【', '〔', '〈', '［', '[', '｛', '{':
		return true
	}
	return false
}

// isPause reports a mark inside a sentence: the text after it continues the
// same sentence.
func isPause(r rune) bool {
	switch r {
	case '，', ',', '、', '－', '—', '·', '～':
		return true
	}
	return false
}

// isColon reports a colon, which ends a lead-in line (现将有关情况报告如下：).
func isColon(r rune) bool { return r == '：' || r == ':' }

// isHan reports a Chinese character.
//
// The CJK Unified Ideographs block, nearly every character of a Chinese
// text, is answered without searching the unicode.Han table.
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || unicode.Is(unicode.Han, r)
}

// isCJK reports a Chinese character or a full-width mark: the context in
// which a half-width mark is a Chinese sentence mark.
func isCJK(r rune) bool {
	return isHan(r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) || r == '“' || r == '”' || r == '…'
}

// isSpace reports white space, including the ideographic space U+3000 that
// indents Chinese paragraphs and the no-break space left by web pages.
//
// Unicode has no white space above U+3000, so the Han characters that make
// up most of the text are answered with one comparison instead of a search
// of unicode.White_Space.
func isSpace(r rune) bool {
	if r > '\u3000' {
		return r == '\ufeff'
	}
	return unicode.IsSpace(r) || r == '\u3000'
}

// isDigit reports an ASCII or full-width digit.
func isDigit(r rune) bool { return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') }

// runeCount is the length of s in characters, the unit every length
// threshold in this package is written in.
func runeCount(s string) int { return utf8.RuneCountInString(s) }

// runesAtMost reports whether s has at most n runes, counting no further
// than needed: the length tests of the heading and line-joining heuristics
// ask it of whole paragraphs, most of them far longer than the limit.
func runesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true // a rune is at least one byte
	}
	count := 0
	for range s {
		if count++; count > n {
			return false
		}
	}
	return true
}

// firstRune returns the first rune of s, or 0 for an empty string.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// lastRune returns the last rune of s, or 0 for an empty string.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// trimSpace removes white space (isSpace) from both ends.
func trimSpace(s string) string { return strings.TrimFunc(s, isSpace) }

// endsSentence reports whether s ends a sentence: with a sentence mark, a
// colon, an ellipsis, or such a mark followed by closing quotes (。”).
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, isSpace)
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		switch {
		case isSentenceEnd(r), isColon(r), r == '…', r == '⋯':
			return true
		case r == '.':
			return strings.HasSuffix(s, "...")
		case isClosing(r):
			s = s[:len(s)-size]
			continue
		}
		return false
	}
	return false
}

// hasSentenceEndBefore reports whether a sentence mark occurs in s before
// its last few characters: the line already holds a whole sentence.
func hasSentenceEndBefore(s string) bool {
	body := strings.TrimRightFunc(s, func(r rune) bool { return isSpace(r) || isSentenceEnd(r) || isClosing(r) })
	for i, r := range body {
		if isSentenceEndAt(body, i, r) {
			return true
		}
	}
	return false
}

// isSentenceEndAt reports whether the rune r at byte offset i of s ends a
// sentence: always for full-width marks, and for half-width ! ? ; only
// with a Chinese character or full-width mark on one side.
func isSentenceEndAt(s string, i int, r rune) bool {
	if !isSentenceEnd(r) {
		return false
	}
	if r >= 0x80 {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+1:])
	return isCJK(before) || isCJK(after)
}
