package punct

import "unicode"

// Character classes shared by the punctuation facts. Whether an ASCII mark
// is "in Chinese text" is decided by its nearest neighbours, and some
// characters say nothing about the language around them (spaces, curly
// quotes, dashes, other ASCII marks): the scan looks through them to the
// next character that does.

// isCJKContext reports whether r shows that the text around it is Chinese:
// a Han character or a CJK or full-width punctuation mark.
func isCJKContext(r rune) bool { return isHanCharacter(r) || isChineseMark(r) }

// isHanCharacter reports whether r is a Han character.
func isHanCharacter(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// isChineseMark reports whether r is a CJK or full-width punctuation mark:
// 、。〈〉《》「」『』【】〔〕〖〗〜 and ，！（）：；？［］｛｝～￥.
func isChineseMark(r rune) bool {
	switch {
	case r >= 0x3001 && r <= 0x303F:
		return true
	case r >= 0xFF01 && r <= 0xFF0F, r >= 0xFF1A && r <= 0xFF20,
		r >= 0xFF3B && r <= 0xFF40, r >= 0xFF5B && r <= 0xFF65,
		r >= 0xFFE0 && r <= 0xFFEE:
		return true
	}
	return false
}

// isNeutralForContext reports whether r says nothing about the language of
// the text around it, so a neighbour scan should look past it: spaces,
// punctuation shared by Chinese and English typography (“ ” ‘ ’ … — ·) and
// the ASCII marks gwlint converts, so that the ; in 工作); still sees 作.
func isNeutralForContext(r rune) bool {
	switch r {
	case ' ', '\t', '\u00A0', '\u3000',
		'“', '”', '‘', '’', '"', '\'', '…', '—', '–', '·', '•',
		',', ';', ':', '(', ')', '!', '?':
		return true
	}
	return false
}

// isLayoutSpace reports whether b is a space that full-width punctuation
// makes redundant: an ASCII space or tab typed around a half-width mark.
func isLayoutSpace(b byte) bool { return b == ' ' || b == '\t' }
