package lint

import "regexp/syntax"

// An entry such as `[\x{E000}-\x{F8FF}\x{F0000}-\x{10FFFD}]+` (private-use
// characters) has no literal to look for, since its characters are too
// many to list, and ran on every paragraph although it matches almost
// none. What such an entry needs is one character of a class, which the
// trigger scan tests cheaply as it decodes each character: with a bitmap
// for the characters below U+10000 and the class's ranges above.

// maxClassRanges bounds the ranges of a required class kept for an entry.
const maxClassRanges = 16

// requiredClass returns a character class, as syntax.Regexp.Rune ranges
// (lo, hi pairs), of which every match of re contains a character; nil
// when none is known.
func requiredClass(re *syntax.Regexp) []rune {
	switch re.Op {
	case syntax.OpCharClass:
		if len(re.Rune) == 0 || len(re.Rune) > 2*maxClassRanges {
			return nil
		}
		return re.Rune
	case syntax.OpCapture, syntax.OpPlus:
		return requiredClass(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min == 0 {
			return nil
		}
		return requiredClass(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if class := requiredClass(sub); class != nil {
				return class
			}
		}
	}
	return nil
}

// classHint marks a regex entry that may match where one of its required
// class's characters occurs.
type classHint struct {
	flat  int
	class []rune
}

// classHints index the required classes of the entries of one scan.
type classHints struct {
	// lo and hi bound the characters of all classes: the private-use
	// characters lie above the Han characters and below the full-width
	// punctuation that make up nearly all of a text, which two
	// comparisons turn away.
	lo, hi rune
	// bmp has a bit set for every character below U+10000 in some class.
	bmp    []uint64
	hints  []classHint
	astral bool // some class has a character above U+FFFF
}

func (ch *classHints) add(flat int, class []rune) {
	if ch.bmp == nil {
		ch.bmp = make([]uint64, 0x10000/64)
		ch.lo, ch.hi = class[0], class[len(class)-1]
	}
	ch.lo, ch.hi = min(ch.lo, class[0]), max(ch.hi, class[len(class)-1])
	for i := 0; i+1 < len(class); i += 2 {
		for r := class[i]; r <= class[i+1]; r++ {
			if r >= 0x10000 {
				ch.astral = true
				break
			}
			ch.bmp[r/64] |= 1 << (r % 64)
		}
	}
	ch.hints = append(ch.hints, classHint{flat: flat, class: class})
}

// mayHit is the quick test of a character: false when no class has it.
func (ch *classHints) mayHit(r rune) bool {
	if r < ch.lo || r > ch.hi || ch.bmp == nil {
		return false
	}
	if r < 0x10000 {
		return ch.bmp[r/64]&(1<<(r%64)) != 0
	}
	return ch.astral
}

// inClass reports whether r is in class.
func inClass(class []rune, r rune) bool {
	for i := 0; i+1 < len(class); i += 2 {
		if class[i] <= r && r <= class[i+1] {
			return true
		}
	}
	return false
}
