package charset

import (
	"bytes"
	"unicode/utf8"
)

// utf8Codec validates UTF-8. A U+FFFD spelled out in the file is valid text;
// only bytes that do not form UTF-8 are errors.
type utf8Codec struct{}

func (utf8Codec) decode(data []byte) (Result, error) {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return Result{}, binaryAt(UTF8, i)
	}
	if i := firstInValidUTF8(data); i >= 0 {
		return Result{}, invalidAt(UTF8, i)
	}
	return Result{Text: string(data), Encoding: UTF8}, nil
}

// firstInvalidUTF8 returns the offset of the first byte that does not start
// a valid UTF-8 sequence, or -1.
func firstInValidUTF8(data []byte) int {
	if ValidUTF8(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1 // unreachable: validUTF8 said there is an invalid byte
}
