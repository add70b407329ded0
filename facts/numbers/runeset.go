package numbers

// runeSet is a set of characters in the Basic Multilingual Plane, tested
// with one bit lookup. The scanners below ask "may a number start here?"
// for every character of every paragraph; a bitmap answers in constant
// time where strings.ContainsRune would walk a list of fifty characters.
// Every character the number word lists use is in the BMP; has reports
// false for the rest.
type runeSet struct {
	bits [runeSetLimit / 64]uint64 // 8 KB
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
}

// has reports whether r is in the set.
func (s *runeSet) has(r rune) bool {
	return r >= 0 && r < runeSetLimit && s.bits[r>>6]&(1<<(r&63)) != 0
}
