package numbers

import "unicode/utf8"

// runeSet is a set of characters in the Basic Multilingual Plane, tested
// with one bit lookup. The scanners below ask "may a number start here?"
// for every character of every paragraph; a bitmap answers in constant
// time where strings.ContainsRune would walk a list of fifty characters.
// Every character the number word lists use is in the BMP; has reports
// false for the rest.
type runeSet struct {
	bits [runeSetLimit / 64]uint64 // 8 KB
	// hasReplacement is set when U+FFFD is a member: a decoding error
	// reads as U+FFFD whatever its bytes, which skipTo cannot see.
	hasReplacement bool
}

// runeSetLimit is one past the last character a runeSet can hold.
const runeSetLimit = 0x10000

// newRuneSet returns the set of the characters of all the strings.
func newRuneSet(chars ...string) *runeSet {
	s := &runeSet{}
	for _, str := range chars {
		for _, r := range str {
			s.add(r)
		}
	}
	return s
}

// add puts r in the set; a character outside the BMP is ignored.
func (s *runeSet) add(r rune) {
	if r >= 0 && r < runeSetLimit {
		s.bits[r>>6] |= 1 << (r & 63)
	}
	if r == utf8.RuneError {
		s.hasReplacement = true
	}
}

// has reports whether r is in the set.
func (s *runeSet) has(r rune) bool {
	return r >= 0 && r < runeSetLimit && s.bits[r>>6]&(1<<(r&63)) != 0
}

// skipTo returns the first byte offset at or after i where a member of the
// set may start, or len(text). A scan that decodes every character only to
// ask has() spends most of its time decoding; skipTo walks the bytes
// instead. The character of a member of the BMP above U+07FF is three
// bytes whose first two fix its bitmap word (U+4E00 一 is E4 B8 80: word
// 0x4E00>>6 is (E4&0F)<<6 | B8&3F), so a lead byte whose word is empty is
// passed over without decoding; so are continuation bytes, which never
// start a character. Other lead bytes are returned for the caller to
// decode and test. Every offset a character-by-character scan from i would
// stop at with a member is one skipTo stops at first, so a scan may resume
// from skipTo(text, i) at any offset it would have decoded.
func (s *runeSet) skipTo(text string, i int) int {
	if s.hasReplacement {
		return i
	}
	for ; i < len(text); i++ {
		switch b := text[i]; {
		case b < utf8.RuneSelf:
			if s.bits[b>>6]&(1<<(b&63)) != 0 {
				return i
			}
		case b < 0xC0:
			// A continuation byte: never the start of a member.
		case b >= 0xE0 && b < 0xF0 && i+1 < len(text):
			if s.bits[int(b&0x0F)<<6|int(text[i+1]&0x3F)] != 0 {
				return i
			}
		default:
			return i
		}
	}
	return i
}
