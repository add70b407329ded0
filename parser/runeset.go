package parser

// runeSet is a set of characters written as a string, for the character
// classes tested at every clause start of every paragraph: a lookup costs
// the same whatever the size of the class, where strings.ContainsRune
// encodes the rune and searches the whole string.
type runeSet map[rune]struct{}

func newRuneSet(chars string) runeSet {
	s := runeSet{}
	for _, r := range chars {
		s[r] = struct{}{}
	}
	return s
}

func (s runeSet) has(r rune) bool {
	_, ok := s[r]
	return ok
}
