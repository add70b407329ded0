package charset

import (
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

var (
	encGB18030 = simplifiedchinese.GB18030
	encBig5    = traditionalchinese.Big5
	encUTF16LE = xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	encUTF16BE = xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
)

// mustEncode encodes s, failing the test if enc cannot represent it.
func mustEncode(t testing.TB, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

// concat joins byte slices into a new one.
func concat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
