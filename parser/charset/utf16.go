package charset

import (
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Codec decodes UTF-16 in one byte order. It is written here rather
// than taken from x/text so that it can report the offset of an unpaired
// surrogate or a dangling odd byte instead of substituting U+FFFD.
type utf16Codec struct {
	name  string
	order binary.ByteOrder
}

var (
	utf16LE = utf16Codec{name: UTF16LE, order: binary.LittleEndian}
	utf16BE = utf16Codec{name: UTF16BE, order: binary.BigEndian}
)

func (c utf16Codec) decode(data []byte) (Result, error) {
	out := make([]byte, 0, len(data)*3/2)
	for i := 0; i < len(data); i += 2 {
		if i+1 == len(data) {
			return Result{}, invalidAt(c.name, i) // odd length: half a code unit
		}
		u := rune(c.order.Uint16(data[i:]))
		switch {
		case u == 0:
			return Result{}, binaryAt(c.name, i)
		case utf16.IsSurrogate(u):
			r := c.pairAt(data, i)
			if r == utf8.RuneError {
				return Result{}, invalidAt(c.name, i)
			}
			out = utf8.AppendRune(out, r)
			i += 2
		default:
			out = utf8.AppendRune(out, u)
		}
	}
	return Result{Text: string(out), Encoding: c.name}, nil
}

// pairAt decodes the surrogate pair starting at byte offset i, returning
// utf8.RuneError when the unit there is a low surrogate or the high surrogate
// is not followed by a low one.
func (c utf16Codec) pairAt(data []byte, i int) rune {
	if i+3 >= len(data) {
		return utf8.RuneError
	}
	hi := rune(c.order.Uint16(data[i:]))
	lo := rune(c.order.Uint16(data[i+2:]))
	return utf16.DecodeRune(hi, lo) // RuneError unless hi is high and lo is low
}

// utf16AutoCodec is the forced name "utf-16": the byte order comes from the
// BOM, else from sniffing, else little-endian (what Windows writes and what
// the WHATWG label "utf-16" means).
type utf16AutoCodec struct{}

func (utf16AutoCodec) decode(data []byte) (Result, error) {
	if c, ok := bomCodec(data).(utf16Codec); ok {
		return c.decode(data)
	}
	if c, ok := sniffUTF16(data, true); ok {
		return c.decode(data)
	}
	return utf16LE.decode(data)
}
