package charset

import "unicode/utf8"

// Every document is validated as UTF-8 and checked for stray control
// characters before anything else, and these two passes over its bytes
// cost a tenth of parsing a Chinese document: utf8.Valid speeds up only
// ASCII and decodes each three-byte character through its general path,
// and the control check tested every byte on its own.

// ValidUTF8 is utf8.Valid (or utf8.ValidString) with the three-byte
// characters (Han characters and CJK punctuation: nearly all of a Chinese
// text) checked inline. A lead byte E1–EC or EE–EF with two continuation
// bytes is always a valid character; everything else goes to the standard
// decoder. The parser checks strings with it, detection byte slices.
func ValidUTF8[T ~string | ~[]byte](s T) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case i+2 < len(s) && ThreeByteLead(c) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			// At most utf8.UTFMax bytes: the conversion of a []byte is a
			// copy onto the stack.
			r, size := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
			if r == utf8.RuneError && size == 1 {
				return false
			}
			i += size
		}
	}
	return true
}

// ThreeByteLead reports whether c leads a three-byte character for which
// any two continuation bytes make a valid character: E1–EC and EE–EF (E0
// and ED restrict their second byte against overlong forms and
// surrogates, and are left to the standard decoder, so fast paths built on
// this agree with it on any input).
func ThreeByteLead(c byte) bool { return threeByteLeads[c] }

var threeByteLeads = func() [256]bool {
	var set [256]bool
	for c := 0xE1; c <= 0xEF; c++ {
		set[c] = c != 0xED
	}
	return set
}()

// Word-at-a-time tests of eight bytes (see "Bit Twiddling Hacks",
// "Determine if a word has a byte less than n").
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// hasStrayControl reports whether text holds a control character that text
// files do not use. Eight bytes at a time are tested for a byte below 0x20
// or equal to 0x7F; only a word that has one (a line feed, usually) is
// looked at byte by byte.
func hasStrayControl(text string) bool {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		b := text[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		below20 := (w - 0x20*ones) & ^w & highs
		del := w ^ 0x7F*ones
		is7F := (del - ones) & ^del & highs
		if below20|is7F == 0 {
			continue
		}
		for j := i; j < i+8; j++ {
			if isStrayControl(rune(text[j])) {
				return true
			}
		}
	}
	for ; i < len(text); i++ {
		if isStrayControl(rune(text[i])) {
			return true
		}
	}
	return false
}
