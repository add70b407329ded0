package baseline

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// appendNormalized appends s to dst in NFKC with all white space removed
// and ASCII letters lower-cased (other scripts are left alone: case folding
// Han is meaningless and folding Greek or Cyrillic is not the point here).
//
// Text of Chinese reports is nearly always Han, ASCII and full-width
// punctuation, which appendNFKCFast normalizes with range checks; anything
// else takes the general NFKC path (the x/text tables cost a trie lookup per
// rune, most of the fingerprint's time on a long report).
func appendNormalized(dst []byte, s string) []byte {
	if out, ok := appendNFKCFast(dst, s); ok {
		return out
	}
	return appendFolded(dst, norm.NFKC.String(s))
}

// appendFolded appends s with white space removed and A-Z lower-cased.
// Invalid UTF-8 becomes U+FFFD, as strings.Map would write it.
func appendFolded(dst []byte, s string) []byte {
	for _, r := range s {
		if r = fold(r); r >= 0 {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// fold is the per-rune step after NFKC: -1 drops the rune.
func fold(r rune) rune {
	switch {
	case unicode.IsSpace(r):
		return -1
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A')
	}
	return r
}

// appendNFKCFast appends the folded NFKC form of s when every rune of s is
// one nfkcSimple knows; otherwise it reports false and what it appended
// past len(dst) is garbage the caller overwrites.
//
// Why per-rune mapping is NFKC here: each known rune is a starter (ccc 0)
// that maps to itself or to one ASCII character, and none of them, nor
// ASCII, can be the second half of a canonical composition, so NFKC neither
// reorders nor composes across runes. TestNFKCSimpleIsNFKC checks every
// rune of the ranges against x/text; the oracle and fuzz tests check whole
// strings.
func appendNFKCFast(dst []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if r := fold(rune(c)); r >= 0 {
				dst = append(dst, byte(r))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		mapped, ok := nfkcSimple(r)
		switch {
		case !ok:
			return dst, false
		case mapped >= utf8.RuneSelf: // itself, and no white space: nothing to fold
			dst = append(dst, s[i:i+size]...)
		default:
			if mapped = fold(mapped); mapped >= 0 {
				dst = append(dst, byte(mapped))
			}
		}
		i += size
	}
	return dst, true
}

// nfkcSimple maps a non-ASCII rune to its NFKC form when that is the rune
// itself (never white space) or a single ASCII character and the rune
// cannot combine with its neighbours: the CJK ideographs, CJK and general punctuation, full-width
// ASCII forms and the ideographic space. Other runes report false. The
// invalid-UTF-8 marker (U+FFFD from a bad byte) is not among them.
func nfkcSimple(r rune) (rune, bool) {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, // CJK Unified Ideographs
		r >= 0x3400 && r <= 0x4DBF,                         // CJK Extension A
		r >= 0x3001 && r <= 0x3029,                         // 、。〃〄々〆〇〈〉《》「」『』【】〒〓〔〕…〩
		r >= 0x2018 && r <= 0x2023,                         // ‘’‚‛“”„‟†‡•‣
		r >= 0x2012 && r <= 0x2016,                         // ‒–—―‖
		r == 0x2010, r == 0x00B7, r == 0x00D7, r == 0x00F7: // ‐ · × ÷
		return r, true
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII: ，（）；：Ａ１
		return r - 0xFEE0, true
	case r == 0x3000: // ideographic space
		return ' ', true
	}
	return 0, false
}
