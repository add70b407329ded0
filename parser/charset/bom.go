package charset

import (
	"bytes"
	"strings"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// bomCodec returns the codec a byte-order mark at the start of data names,
// or nil. The codecs decode the mark to U+FEFF, which stripBOM removes, so
// error offsets stay offsets into the original data.
func bomCodec(data []byte) codec {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return utf8Codec{}
	case bytes.HasPrefix(data, bomUTF16LE):
		return utf16LE
	case bytes.HasPrefix(data, bomUTF16BE):
		return utf16BE
	}
	return nil
}

// stripBOM removes a leading U+FEFF from decoded text. Working on the text
// rather than the bytes covers every encoding, GB18030's four-byte BOM
// (84 31 95 33) included.
func stripBOM(text string) (string, bool) {
	const bom = "\uFEFF"
	if strings.HasPrefix(text, bom) {
		return text[len(bom):], true
	}
	return text, false
}
