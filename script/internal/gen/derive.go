package main

import (
	"maps"
	"slices"
	"unicode/utf8"
)

// tables is what the script package embeds.
type tables struct {
	// t2s maps a traditional character to its simplified form. Only pairs of
	// BMP characters (3 bytes each in UTF-8, as every BMP Han character is)
	// are kept: replacing one by the other never moves a byte offset, and the
	// script package can look them up in a dense 16-bit table.
	t2s map[rune]rune
	// skippedNotBMP counts pairs dropped from t2s for that reason: rare
	// characters whose simplified form (or both forms) lie outside the BMP.
	skippedNotBMP   int
	traditionalOnly []rune
	simplifiedOnly  []rune
}

// derive builds the tables from OpenCC's TSCharacters (ts), STCharacters (st)
// and the reversed regional-variant dictionaries.
//
// Which characters occur in which script is asymmetric in OpenCC's data:
//
//   - Simplified use is the keys of st plus the FIRST candidate of every ts
//     entry. TSCharacters lists a second candidate only for readings kept in
//     proper names and set phrases (乾→干 乾 for 乾隆, 於→于 於 for 於菟,
//     徵→征 徵 for 宫商角徵羽); TSPhrases picks those, never ordinary text. In a
//     simplified work report a 乾, 於 or 徵 is a conversion leftover.
//   - Traditional use is the keys of ts plus EVERY candidate of every st entry.
//     s2t is one-to-many and STPhrases picks any candidate in context
//     (干→幹 乾 干: 若干 keeps 干), so each candidate is real traditional text.
//
// A character is traditional-only when it converts to something else and is
// not in simplified use (後, 發, 爲); simplified-only symmetrically (发, 历).
// Characters in both (干, 后, 台, 面) are neutral.
//
// Regional variants widen t2s: a Taiwan or Hong Kong variant v of a standard
// traditional character t maps to t's simplified form (衞→衛→卫, 枱→檯→台).
// Only when t itself is a ts key: otherwise the "variant" may be an ordinary
// simplified character (TWVariantsRev 著→着 and HKVariantsRev 抬→擡 would
// corrupt 著作 and 抬头).
func derive(ts, st dict, variantRevs ...dict) tables {
	simplifiedUse := map[rune]bool{}
	traditionalUse := map[rune]bool{}
	t2s := map[rune]rune{}
	for k, cands := range ts {
		traditionalUse[k] = true
		simplifiedUse[cands[0]] = true
		if cands[0] != k {
			t2s[k] = cands[0]
		}
	}
	for k, cands := range st {
		simplifiedUse[k] = true
		for _, c := range cands {
			traditionalUse[c] = true
		}
	}
	addVariants(t2s, simplifiedUse, traditionalUse, variantRevs)
	resolveChains(t2s)

	var out tables
	out.t2s = map[rune]rune{}
	for trad, simp := range t2s {
		if !simplifiedUse[trad] {
			out.traditionalOnly = append(out.traditionalOnly, trad)
		}
		if utf8.RuneLen(trad) == 3 && utf8.RuneLen(simp) == 3 {
			out.t2s[trad] = simp
		} else {
			out.skippedNotBMP++
		}
	}
	for k, cands := range st {
		if !traditionalUse[k] && slices.ContainsFunc(cands, func(c rune) bool { return c != k }) {
			out.simplifiedOnly = append(out.simplifiedOnly, k)
		}
	}
	slices.Sort(out.traditionalOnly)
	slices.Sort(out.simplifiedOnly)
	return out
}

// addVariants adds variant→simplified pairs from the reversed variant
// dictionaries to t2s, under the rule explained on derive. A variant already
// known to either script is left alone; the first dictionary to name a
// variant wins. Lookups go to a snapshot of the
// standard pairs so the result does not depend on map iteration order.
func addVariants(t2s map[rune]rune, simplifiedUse, traditionalUse map[rune]bool, revs []dict) {
	standard := maps.Clone(t2s)
	for _, rev := range revs {
		for variant, cands := range rev {
			if _, done := t2s[variant]; done || simplifiedUse[variant] || traditionalUse[variant] {
				continue
			}
			if simp, ok := standard[cands[0]]; ok {
				t2s[variant] = simp
			}
		}
	}
}

// resolveChains makes t2s idempotent. OpenCC has a few chains such as
// 薴→苧→苎 (苧 is both an s2t key and a t2s key); one pass of its t2s stops
// half-way, but a normalised copy should not change when normalised again,
// so each key maps to the end of its chain. A cycle, which OpenCC does not
// have, would stop at the step before it repeats.
func resolveChains(t2s map[rune]rune) {
	for trad := range t2s {
		seen := map[rune]bool{trad: true}
		simp := t2s[trad]
		for next, ok := t2s[simp]; ok && !seen[next]; next, ok = t2s[simp] {
			seen[simp] = true
			simp = next
		}
		t2s[trad] = simp
	}
}
