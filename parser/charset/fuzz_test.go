package charset

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzEncodings are the forced names FuzzDecode cycles through; "" detects.
var fuzzEncodings = []string{"", "utf-8", "utf-16", "utf-16le", "utf-16be", "gb18030", "big5", "shift_jis"}

func FuzzDecode(f *testing.F) {
	seeds := [][]byte{
		nil,
		[]byte("一、2024年工作总结\r\n"),
		mustEncode(f, encGB18030, simplifiedSentences[0]),
		mustEncode(f, encBig5, traditionalSentences[0]),
		mustEncode(f, encUTF16LE, "工作总结"),
		concat(bomUTF16BE, mustEncode(f, encUTF16BE, "县总工会\n")),
		concat(gb18030BOM, []byte{0x84, 0x31, 0xA4, 0x37, 0x81, 0x30}),
		{0xB9, 0x7F, 0xA4, 0x80, 0xFF, 0xD8, 0x00, 0xDC},
		[]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
	}
	for i, s := range seeds {
		f.Add(s, uint8(i))
	}
	f.Fuzz(func(t *testing.T, data []byte, pick uint8) {
		forced := fuzzEncodings[int(pick)%len(fuzzEncodings)]
		res, err := Decode(data, forced)
		if err == nil {
			checkResult(t, data, forced, res)
			return
		}
		var de *DecodeError
		if !errors.As(err, &de) {
			t.Fatalf("Decode(% x, %q): non-DecodeError %v", data, forced, err)
		}
		checkDecodeError(t, data, de)
	})
}

func checkResult(t *testing.T, data []byte, forced string, res Result) {
	t.Helper()
	if !utf8.ValidString(res.Text) {
		t.Fatalf("Decode(% x, %q): invalid UTF-8 %q", data, forced, res.Text)
	}
	if strings.ContainsRune(res.Text, 0) {
		t.Fatalf("Decode(% x, %q): NUL in text", data, forced)
	}
	if forced == "" && !isCanonical(res.Encoding) {
		t.Fatalf("Decode(% x): detected non-canonical %q", data, res.Encoding)
	}
	if res.Encoding == UTF8 && !res.BOM && res.Text != string(data) {
		t.Fatalf("Decode(% x, %q): utf-8 text differs from input", data, forced)
	}
}

// checkDecodeError checks the offset is in range and, for invalid bytes,
// that it is the first bad one: everything before it decodes cleanly.
func checkDecodeError(t *testing.T, data []byte, de *DecodeError) {
	t.Helper()
	if de.Offset < 0 || de.Offset >= len(data) {
		t.Fatalf("% x: offset %d out of range (%v)", data, de.Offset, de)
	}
	switch de.Reason {
	case ReasonBinary:
		if forcedUTF16(de.Encoding) {
			return
		}
		if data[de.Offset] != 0 {
			t.Fatalf("% x: binary data at %d is not a NUL byte", data, de.Offset)
		}
	case ReasonInvalid:
		if _, err := Decode(data[:de.Offset], de.Encoding); err != nil {
			t.Fatalf("% x: error %v, but the prefix before it fails too: %v", data, de, err)
		}
	default:
		t.Fatalf("% x: unknown reason %q", data, de.Reason)
	}
}

func forcedUTF16(name string) bool { return name == UTF16LE || name == UTF16BE }

func isCanonical(name string) bool {
	switch name {
	case UTF8, UTF16LE, UTF16BE, GB18030, Big5:
		return true
	}
	return false
}
