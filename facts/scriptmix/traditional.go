package scriptmix

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gwlint/gwlint/script"
)

// traditionalForms maps a simplified character to the traditional
// characters that fold onto it. The script package converts only towards
// simplified, so the reverse table is built once, on first use, by
// folding every BMP Han character (under 2 ms).
var traditionalForms = sync.OnceValue(func() map[rune][]rune {
	inv := map[rune][]rune{}
	for _, block := range [][2]rune{{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}} {
		for r := block[0]; r <= block[1]; r++ {
			if script.Classify(r) != script.TraditionalOnly {
				continue
			}
			s := script.ToSimplified(string(r))
			if simp, _ := utf8.DecodeRuneInString(s); simp != r {
				inv[simp] = append(inv[simp], r)
			}
		}
	}
	return inv
})

// traditionalConversion is a run of simplified characters in traditional
// script.
type traditionalConversion struct {
	// text is the converted run, "" when a character has no single form.
	text string
	// certain is set when every character has exactly one traditional
	// form; otherwise text, if any, follows the forms the document uses.
	certain bool
	// choices lists per character its forms joined by / (发 → 發/髮),
	// when the run is not certain.
	choices []string
}

// toTraditional converts a run of simplified-only characters. A character
// with several traditional forms (为 → 爲/為, 发 → 發/髮) takes the one form
// among them that the document already uses, as a variant such as 爲 is a
// choice made once per document; with none or several in use, the run is
// left unconverted.
func toTraditional(text string, used map[rune]bool) traditionalConversion {
	forms := traditionalForms()
	var b strings.Builder
	conv := traditionalConversion{certain: true}
	resolved := true
	for _, r := range text {
		cands := forms[r]
		parts := make([]string, len(cands))
		for i, c := range cands {
			parts[i] = string(c)
		}
		conv.choices = append(conv.choices, strings.Join(parts, "/"))
		if len(cands) == 1 {
			b.WriteRune(cands[0])
			continue
		}
		conv.certain = false
		if pick, ok := onlyUsed(cands, used); ok {
			b.WriteRune(pick)
		} else {
			resolved = false
		}
	}
	if conv.certain {
		conv.choices = nil
	}
	if resolved {
		conv.text = b.String()
	}
	return conv
}

// onlyUsed returns the one candidate the document uses, if exactly one.
func onlyUsed(cands []rune, used map[rune]bool) (rune, bool) {
	var pick rune
	n := 0
	for _, c := range cands {
		if used[c] {
			pick, n = c, n+1
		}
	}
	return pick, n == 1
}
