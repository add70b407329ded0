package script

import (
	"strconv"
	"unicode"
)

// Class says which script a character belongs to.
type Class uint8

const (
	// Neutral characters are written the same in both scripts (工, 作), are
	// used in both even though they also stand for another character's
	// simplified form (干, 后, 台, 面), or are not Han.
	Neutral Class = iota
	// TraditionalOnly characters have a different simplified form and do not
	// occur in simplified text (會, 後, 發, 爲).
	TraditionalOnly
	// SimplifiedOnly characters have a different traditional form and do not
	// occur in traditional text (会, 发, 历).
	SimplifiedOnly
)

func (c Class) String() string {
	switch c {
	case Neutral:
		return "neutral"
	case TraditionalOnly:
		return "traditional-only"
	case SimplifiedOnly:
		return "simplified-only"
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

// Classify reports the script r belongs to. Characters that are valid in
// both scripts are Neutral, so a simplified 后 or 干 is never mistaken for a
// traditional leftover.
func Classify(r rune) Class { return tables.class(r) }

// Counts tallies the Han characters of a text and how many of them are
// specific to one script.
type Counts struct {
	Han, TraditionalOnly, SimplifiedOnly int
}

// Add returns the sum of two tallies, so paragraph counts can be combined
// into a document count.
func (c Counts) Add(o Counts) Counts {
	return Counts{
		Han:             c.Han + o.Han,
		TraditionalOnly: c.TraditionalOnly + o.TraditionalOnly,
		SimplifiedOnly:  c.SimplifiedOnly + o.SimplifiedOnly,
	}
}

// Count classifies every character of s. Invalid UTF-8 counts as non-Han.
func Count(s string) Counts {
	var c Counts
	for _, r := range s {
		if !IsHan(r) {
			continue
		}
		c.Han++
		switch Classify(r) {
		case TraditionalOnly:
			c.TraditionalOnly++
		case SimplifiedOnly:
			c.SimplifiedOnly++
		}
	}
	return c
}

// IsHan reports whether r is a Han character, as Count counts them. It
// answers the common case, the CJK Unified Ideographs block, without the
// binary search of unicode.Is; callers that tally characters their own way
// use it to agree with Count.
func IsHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}
