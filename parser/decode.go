package parser

import "unicode/utf8"

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the three-byte
// characters decoded inline. Nearly every character of a Chinese document
// is three bytes (Han characters, CJK and full-width punctuation), and the
// standard decoder handles only ASCII inline and calls out for the rest;
// the scans that read every character of a document (line index, clause
// starts, sentence ends) spent a fifth of the parser's time there. The
// function is kept small enough for the compiler to inline it.
func decodeRune(s string, i int) (rune, int) {
	if i+2 < len(s) && threeByteLead[s[i]] && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return decodeRuneSlow(s, i)
}

// decodeRuneSlow is the standard decoder, for everything else.
func decodeRuneSlow(s string, i int) (rune, int) { return utf8.DecodeRuneInString(s[i:]) }

// threeByteLead marks the lead bytes of three-byte characters for which any
// two continuation bytes make a valid character: E1–EC and EE–EF. E0 and
// ED restrict their second byte (against overlong forms and surrogates)
// and are left to the standard decoder, so decodeRune agrees with it on
// any input.
var threeByteLead = func() [256]bool {
	var set [256]bool
	for c := 0xE1; c <= 0xEF; c++ {
		set[c] = c != 0xED
	}
	return set
}()
