package charset

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Canonical names, as reported in Result.Encoding and DecodeError.Encoding.
const (
	UTF8    = "utf-8"
	UTF16LE = "utf-16le"
	UTF16BE = "utf-16be"
	GB18030 = "gb18030"
	Big5    = "big5"
)

// codec decodes a whole document in one encoding. It reports undecodable
// bytes and NUL characters as *DecodeError; it leaves a leading U+FEFF in
// the text for Decode to strip.
type codec interface {
	decode(data []byte) (Result, error)
}

var (
	gb18030Codec = newXTextCodec(GB18030, simplifiedchinese.GB18030)
	big5Codec    = newXTextCodec(Big5, traditionalchinese.Big5)
)

// aliases maps the names users type for the encodings gwlint cares about to
// their codecs. GBK, GB2312 and CP936 are decoded as GB18030, their superset
// (which is also what the WHATWG Encoding Standard does); "gb-18030" is the
// name chardet libraries print. "utf-16" leaves the byte order to the BOM or
// to sniffing.
var aliases = map[string]codec{
	"utf-8":      utf8Codec{},
	"utf8":       utf8Codec{},
	"utf-16":     utf16AutoCodec{},
	"utf16":      utf16AutoCodec{},
	"utf-16le":   utf16LE,
	"utf16le":    utf16LE,
	"utf-16be":   utf16BE,
	"utf16be":    utf16BE,
	"gb18030":    gb18030Codec,
	"gb-18030":   gb18030Codec,
	"gbk":        gb18030Codec,
	"gb2312":     gb18030Codec,
	"cp936":      gb18030Codec,
	"big5":       big5Codec,
	"big5-hkscs": big5Codec,
	"cp950":      big5Codec,
}

// Known reports whether name is an encoding Decode accepts (for validating
// --encoding).
func Known(name string) bool {
	_, err := lookup(name)
	return err == nil
}

// lookup resolves a user-supplied encoding name, case-insensitively: first
// the aliases above, then every label of the WHATWG Encoding Standard through
// htmlindex (which golang.org/x/net/html/charset also uses), so "x-gbk",
// "csbig5" or "shift_jis" work too.
func lookup(name string) (codec, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	if c, ok := aliases[key]; ok {
		return c, nil
	}
	enc, err := htmlindex.Get(key)
	if err != nil {
		return nil, fmt.Errorf("%w %q", ErrUnknownEncoding, name)
	}
	canonical, err := htmlindex.Name(enc)
	// "replacement" stands for encodings WHATWG refuses to decode (ISO-2022-KR
	// and others): its decoder turns the whole input into one U+FFFD.
	if err != nil || canonical == "replacement" {
		return nil, fmt.Errorf("%w %q", ErrUnknownEncoding, name)
	}
	if c, ok := aliases[canonical]; ok {
		return c, nil
	}
	return newXTextCodec(canonical, enc), nil
}
