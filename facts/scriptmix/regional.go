package scriptmix

import (
	"sync"
	"unicode"

	"github.com/gwlint/gwlint/script"
)

// regionalTraditionalForms are characters that script.Classify calls
// simplified-only because OpenCC's standard traditional writes another
// form (羣, 牀, 峯, 溫, 戶), but that the Taiwan or Hong Kong standard writes
// exactly as simplified does: the targets of OpenCC's TWVariants and
// HKVariants (Debian libopencc-data 1.1.6) that Classify puts in the
// simplified class. A traditional document typed to either standard uses
// them throughout, so they are evidence of neither script.
const regionalTraditionalForms = "床痴秘灶粽群峰么" + // Taiwan
	"悦愠户捝揾棁榅氲涚腽蒀蜕兑囱媪煴税敚温脱卧葱叁" // Hong Kong

// regionalTraditional is the set of regionalTraditionalForms. It is looked
// up for every character of a document, so it is a bitmap, not a map.
var regionalTraditional = newBMPSet(regionalTraditionalForms)

// bmpSet is a set of characters of the Basic Multilingual Plane as a
// bitmap (8 KB): a membership test costs a shift and a mask.
type bmpSet [0x10000 / 64]uint64

// newBMPSet returns the set of the runes of s; runes outside the BMP
// cannot be members and are left out.
func newBMPSet(s string) *bmpSet {
	var set bmpSet
	for _, r := range s {
		if r >= 0 && r <= 0xFFFF {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	return &set
}

func (s *bmpSet) has(r rune) bool {
	return r >= 0 && r <= 0xFFFF && s[r>>6]&(1<<(r&63)) != 0
}

// scriptClass is script.Classify with the regional forms made neutral.
func scriptClass(r rune) script.Class {
	if regionalTraditional.has(r) {
		return script.Neutral
	}
	return script.Classify(r)
}

// tallyParagraph is script.Count with the regional forms made neutral. It
// also adds the traditional-only characters of text to used, in the same
// pass over the text.
func tallyParagraph(text string, used map[rune]bool) script.Counts {
	var c script.Counts
	for _, r := range text {
		if !isHan(r) {
			continue
		}
		c.Han++
		switch scriptClass(r) {
		case script.TraditionalOnly:
			c.TraditionalOnly++
			used[r] = true
		case script.SimplifiedOnly:
			c.SimplifiedOnly++
		}
	}
	return c
}

// hanBMP is script.IsHan over the BMP as a bitmap. IsHan answers the CJK
// Unified Ideographs block at once but binary-searches unicode.Han for
// everything above U+2E80, which includes the full-width punctuation
// (，。：) of every sentence; tallyParagraph asks for every character.
// It is built from the ranges of unicode.Han, which IsHan consults
// (TestIsHanAgreesWithScript checks every character).
var hanBMP = sync.OnceValue(func() *bmpSet {
	var set bmpSet
	for _, rg := range unicode.Han.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	return &set
})

// isHan is script.IsHan, from hanBMP within the BMP.
func isHan(r rune) bool {
	if r >= 0 && r <= 0xFFFF {
		return hanBMP().has(r)
	}
	return script.IsHan(r)
}
