package artifact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Undoing mojibake: every garbled character stands for one byte of the
// original text, so mapping the characters back to bytes and decoding the
// bytes with the right encoding gives the text back. The right encoding is
// the one whose result reads as Chinese.

// redecodeCandidates are tried in order: UTF-8 first, because a valid UTF-8
// sequence of this length almost never arises by chance, then the two
// legacy Chinese encodings.
var redecodeCandidates = []struct {
	name string
	enc  encoding.Encoding // nil for UTF-8
}{
	{"UTF-8", nil},
	{"GBK", simplifiedchinese.GB18030},
	{"Big5", traditionalchinese.Big5},
}

// redecodeMojibake returns the text s was garbled from and the encoding it
// was written in, or "", "" when no candidate gives Chinese text.
func redecodeMojibake(s string) (decoded, encodingName string) {
	b, ok := mojibakeBytes(s)
	if !ok {
		return "", ""
	}
	for _, c := range redecodeCandidates {
		var text string
		if c.enc == nil {
			if !utf8.Valid(b) {
				continue
			}
			text = string(b)
		} else {
			out, err := c.enc.NewDecoder().Bytes(b)
			if err != nil {
				continue
			}
			text = string(out)
		}
		if readsAsChinese(text) {
			return text, c.name
		}
	}
	return "", ""
}

// mojibakeBytes maps each character of s back to the byte it was decoded
// from: ASCII and Latin-1 to themselves, the Windows-1252 extras through
// their table. ok is false when s holds any other character.
func mojibakeBytes(s string) ([]byte, bool) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r <= 0xFF:
			b = append(b, byte(r))
		default:
			c, ok := cp1252Extras[r]
			if !ok {
				return nil, false
			}
			b = append(b, c)
		}
	}
	return b, true
}

// readsAsChinese reports text with at least two Han characters, no
// replacement character, and mostly Han characters or Chinese marks among
// its non-ASCII characters.
func readsAsChinese(text string) bool {
	if strings.ContainsRune(text, utf8.RuneError) {
		return false
	}
	han, other := 0, 0
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf:
		case unicode.Is(unicode.Han, r):
			han++
		case isCJK(r):
		default:
			other++
		}
	}
	return han >= 2 && other*5 <= han
}
