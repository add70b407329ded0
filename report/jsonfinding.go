package report

import (
	"strconv"
	"unicode/utf8"

	"github.com/gwlint/gwlint/finding"
)

// appendFindingJSON appends fd in its contract shape (jsonFinding) on one
// line, byte for byte what compactJSON(convert(fd)) writes, without
// reflection or per-finding buffers: a 10 MB report has tens of thousands
// of findings, and encoding/json's reflection plus the escapeInvisible
// rescan were most of the JSON format's time. TestAppendFindingJSON and
// FuzzAppendFindingJSON hold the two encodings equal.
func appendFindingJSON(dst []byte, fd finding.Finding, path string) []byte {
	dst = append(dst, `{"rule":`...)
	dst = appendJSONString(dst, fd.Rule)
	dst = append(dst, `,"category":`...)
	dst = appendJSONString(dst, fd.Category)
	dst = append(dst, `,"severity":`...)
	dst = appendJSONString(dst, fd.Severity.String())
	dst = append(dst, `,"message":`...)
	dst = appendJSONString(dst, fd.Message)
	dst = append(dst, `,"path":`...)
	dst = appendJSONString(dst, path)
	dst = append(dst, `,"start":`...)
	dst = appendPositionJSON(dst, fd.Start)
	dst = append(dst, `,"end":`...)
	dst = appendPositionJSON(dst, fd.End)
	dst = append(dst, `,"text":`...)
	dst = appendJSONString(dst, fd.Text)
	dst = append(dst, `,"section":`...)
	dst = appendJSONString(dst, fd.Section)
	dst = append(dst, `,"suggestions":[`...)
	for i, s := range fd.Suggestions {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"description":`...)
		dst = appendJSONString(dst, s.Description)
		dst = append(dst, `,"replacement":`...)
		dst = appendJSONString(dst, s.Replacement)
		dst = append(dst, `,"safe":`...)
		dst = strconv.AppendBool(dst, s.Safe)
		dst = append(dst, '}')
	}
	return append(dst, "]}"...)
}

// appendPositionJSON appends a jsonPosition.
func appendPositionJSON(dst []byte, p finding.Position) []byte {
	dst = append(dst, `{"line":`...)
	dst = strconv.AppendInt(dst, int64(p.Line), 10)
	dst = append(dst, `,"column":`...)
	dst = strconv.AppendInt(dst, int64(p.Column), 10)
	dst = append(dst, `,"offset":`...)
	dst = strconv.AppendInt(dst, int64(p.Offset), 10)
	return append(dst, '}')
}

// appendJSONString appends s as a JSON string the way compactJSON writes
// it: encoding/json's escaping without HTML escapes (quote, backslash,
// \b \f \n \r \t, other control bytes as \u00XX, invalid UTF-8 as \ufffd,
// U+2028 and U+2029 escaped), then escapeInvisible's escapes of format
// characters.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	done := 0 // s[:done] is already in dst
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[done:i]...)
			dst = appendEscapedASCII(dst, c)
			i++
			done = i
			continue
		}
		if isCJKRange3(s, i) {
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[done:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029' || !visible(r):
			dst = append(dst, s[done:i]...)
			dst = appendUnicodeEscape(dst, r)
		default:
			i += size
			continue
		}
		i += size
		done = i
	}
	dst = append(dst, s[done:]...)
	return append(dst, '"')
}

// isCJKRange3 reports whether s[i:] starts with a well-formed three-byte
// sequence of U+3000..U+CFFF or U+E000..U+EFFF (lead bytes E3..EC or EE;
// ED is left to the decoder because it also starts surrogates). Those hold
// CJK, kana, most hangul and full-width punctuation, all written as is
// (see visible), so the rune need not be decoded.
func isCJKRange3(s string, i int) bool {
	c := s[i]
	return c >= 0xE3 && c <= 0xEE && c != 0xED && i+2 < len(s) &&
		s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}

// appendEscapedASCII appends the JSON escape of an ASCII byte that needs
// one: a quote, a backslash or a control character.
func appendEscapedASCII(dst []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(dst, '\\', c)
	case '\b':
		return append(dst, '\\', 'b')
	case '\f':
		return append(dst, '\\', 'f')
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	}
	return appendUnicodeEscape(dst, rune(c))
}

// appendUnicodeEscape appends r as `\u` and at least four lower-case hex
// digits, as fmt's %04x writes it (a rune beyond the BMP gets five or six
// digits, which is what escapeInvisible has always written).
func appendUnicodeEscape(dst []byte, r rune) []byte {
	const hexDigits = "0123456789abcdef"
	dst = append(dst, '\\', 'u')
	if r > 0xFFFF {
		return strconv.AppendInt(dst, int64(r), 16)
	}
	return append(dst, hexDigits[r>>12&0xF], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
}
