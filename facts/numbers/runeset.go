package numbers

import "unicode/utf8"

// runeSet is a set of characters, tested with one bit lookup for the Basic
// Multilingual Plane. The scanners below ask "may a number start here?"
// for every character of every paragraph; a bitmap answers in constant
// time where strings.ContainsRune would walk a list of fifty characters,
// and next finds the next member without decoding the characters between.
type runeSet struct {
	bits [runeSetLimit / 64]uint64 // 8 KB
	// astral holds the members outside the BMP (word lists from data
	// files may have them); nil when there are none.
	astral map[rune]bool
	// hasReplacement is set when U+FFFD is a member: a decoding error
	// reads as U+FFFD whatever its bytes, which next's byte tests cannot
	// see.
	hasReplacement bool
}

// runeSetLimit is one past the last character the bitmap holds.
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

// add puts r in the set.
func (s *runeSet) add(r rune) {
	switch {
	case r < 0 || r > utf8.MaxRune:
		return
	case r < runeSetLimit:
		s.bits[r>>6] |= 1 << (r & 63)
	default:
		if s.astral == nil {
			s.astral = map[rune]bool{}
		}
		s.astral[r] = true
	}
	if r == utf8.RuneError {
		s.hasReplacement = true
	}
}

// has reports whether r is in the set.
func (s *runeSet) has(r rune) bool {
	if r >= 0 && r < runeSetLimit {
		return s.bits[r>>6]&(1<<(r&63)) != 0
	}
	return s.astral[r]
}

// next returns the first member of the set that a scan decoding text
// character by character from byte i would meet: its offset, the
// character and its size in bytes; at is len(text) when there is none.
//
// Decoding every character only to ask has() was most of the scanners'
// time, so next tests bytes instead. A continuation byte never starts a
// character. A three-byte character (Han, CJK punctuation) is tested
// before it is decoded: its bytes give its bitmap position directly
// (U+4E00 一 is E4 B8 80: word (E4&0F)<<6 | B8&3F, bit 80&3F), and only a
// member is decoded, to reject invalid sequences. Other lead bytes are
// decoded as the scan would.
func (s *runeSet) next(text string, i int) (at int, r rune, size int) {
	for i < len(text) {
		b := text[i]
		switch {
		case b < utf8.RuneSelf:
			if s.bits[b>>6]&(1<<(b&63)) != 0 {
				return i, rune(b), 1
			}
			i++
		case s.hasReplacement:
			// Any invalid byte reads as a member: decode everything.
			r, n := utf8.DecodeRuneInString(text[i:])
			if s.has(r) {
				return i, r, n
			}
			i += n
		case b < 0xC0:
			i++ // a continuation byte
		case b >= 0xE0 && b < 0xF0:
			if i+2 >= len(text) {
				i++ // cut short: decodes as U+FFFD, not a member
				continue
			}
			b1, b2 := text[i+1], text[i+2]
			if s.bits[int(b&0x0F)<<6|int(b1&0x3F)]&(1<<(b2&63)) != 0 {
				if r, n := utf8.DecodeRuneInString(text[i:]); n == 3 {
					return i, r, 3
				}
			}
			// Not a member, or not a valid character (which decodes as
			// U+FFFD, not a member either). Two continuation bytes
			// after it start no character; anything else is left to
			// the loop.
			if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
				i += 3
			} else {
				i++
			}
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if s.has(r) {
				return i, r, n
			}
			i += n
		}
	}
	return len(text), utf8.RuneError, 0
}
