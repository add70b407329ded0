package charset

import (
	"fmt"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encode converts text back to the encoding a document was read in, with
// a byte-order mark when the original had one. `gwlint fix` uses it so a
// fixed GB18030 or UTF-16 file stays in its encoding. A character the
// encoding cannot represent is an error, never a silent substitution.
func Encode(text, name string, bom bool) ([]byte, error) {
	if bom {
		text = "\uFEFF" + text
	}
	enc, err := encoderFor(name)
	if err != nil {
		return nil, err
	}
	if enc == nil {
		return []byte(text), nil
	}
	out, err := enc.NewEncoder().Bytes([]byte(text))
	if err != nil {
		return nil, fmt.Errorf("cannot write the text as %s: %w", name, err)
	}
	return out, nil
}

// encoderFor returns the x/text encoding for a canonical or user-given
// name; nil means UTF-8, which needs no conversion.
func encoderFor(name string) (encoding.Encoding, error) {
	switch name {
	case "", UTF8, "utf8":
		return nil, nil
	case UTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), nil
	case UTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), nil
	case GB18030:
		return simplifiedchinese.GB18030, nil
	case Big5:
		return traditionalchinese.Big5, nil
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, fmt.Errorf("%w %q", ErrUnknownEncoding, name)
	}
	return enc, nil
}
