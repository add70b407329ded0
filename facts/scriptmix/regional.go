package scriptmix

import "github.com/gwlint/gwlint/script"

// regionalTraditionalForms are characters that script.Classify calls
// simplified-only because OpenCC's standard traditional writes another
// form (羣, 牀, 峯, 溫, 戶), but that the Taiwan or Hong Kong standard writes
// exactly as simplified does: the targets of OpenCC's TWVariants and
// HKVariants (Debian libopencc-data 1.1.6) that Classify puts in the
// simplified class. A traditional document typed to either standard uses
// them throughout, so they are evidence of neither script.
const regionalTraditionalForms = "床痴秘灶粽群峰么" + // Taiwan
	"悦愠户捝揾棁榅氲涚腽蒀蜕兑囱媪煴税敚温脱卧葱叁" // Hong Kong

var regionalTraditional = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range regionalTraditionalForms {
		m[r] = true
	}
	return m
}()

// scriptClass is script.Classify with the regional forms made neutral.
func scriptClass(r rune) script.Class {
	if regionalTraditional[r] {
		return script.Neutral
	}
	return script.Classify(r)
}

// countScripts is script.Count with the regional forms made neutral.
func countScripts(text string) script.Counts {
	c := script.Count(text)
	for _, r := range text {
		if regionalTraditional[r] {
			c.SimplifiedOnly--
		}
	}
	return c
}
