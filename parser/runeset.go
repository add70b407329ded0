package parser

// runeSet is a set of characters written as a string, for the character
// classes tested at every clause start of every paragraph: a lookup costs
// the same whatever the size of the class, where strings.ContainsRune
// encodes the rune and searches the whole string. Characters below U+10000
// (all that the sets hold) are bits of a bitmap: a bit test is several
// times cheaper than the map lookup they cost before.
type runeSet struct {
	bmp    *[0x10000 / 64]uint64
	astral map[rune]bool
}

func newRuneSet(chars string) runeSet {
	s := runeSet{bmp: new([0x10000 / 64]uint64), astral: map[rune]bool{}}
	for _, r := range chars {
		if r < 0x10000 {
			s.bmp[r/64] |= 1 << (r % 64)
		} else {
			s.astral[r] = true
		}
	}
	return s
}

func (s runeSet) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return s.bmp[r/64]&(1<<(r%64)) != 0
	}
	return s.astral[r]
}
