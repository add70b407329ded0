package parser

import (
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser/charset"
)

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the three-byte
// characters decoded inline. Nearly every character of a Chinese document
// is three bytes (Han characters, CJK and full-width punctuation), and the
// standard decoder handles only ASCII inline and calls out for the rest;
// the scans that read every character of a document (line index, clause
// starts, sentence ends) spent a fifth of the parser's time there. The
// compiler does not inline it (the call out alone costs most of the
// budget), so the hottest scans skip Han characters with hanRunEnd or
// step over three-byte characters inline (isThreeByte).
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	if i+2 < len(s) && charset.ThreeByteLead(s[i]) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return decodeRuneSlow(s, i)
}

// decodeRuneSlow is the standard decoder, for everything else.
func decodeRuneSlow(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }

// hanRunEnd returns the end of the run of CJK Unified Ideographs (U+4E00–
// U+9FFF) that starts at byte i of s (i itself when there is none). The
// scans that look for punctuation (sentence ends, clause starts) skip such
// runs, most of a Chinese text, without decoding a character or calling a
// function per character: a Han character is three bytes, a lead E5–E9
// (or E4 with a second byte from B8) and two continuation bytes, always a
// valid encoding.
func hanRunEnd(s string, i int) int {
	for i+2 < len(s) {
		c0, c1, c2 := s[i], s[i+1], s[i+2]
		if c0 < 0xE4 || c0 > 0xE9 || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 || (c0 == 0xE4 && c1 < 0xB8) {
			break
		}
		i += 3
	}
	return i
}

// isThreeByte reports whether a valid three-byte character starts at byte
// i of s, one that decodeRune decodes inline: it lets a scan that needs
// only character boundaries step over it without a call.
func isThreeByte(s string, i int) bool {
	return i+2 < len(s) && charset.ThreeByteLead(s[i]) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}
