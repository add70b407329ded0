package charset

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecodeInvalidBytes(t *testing.T) {
	gbBody := mustEncode(t, encGB18030, strings.Join(simplifiedSentences, "\n"))
	corruptAt := 100 // a lead byte position: the sentences are all two-byte characters up to here
	corrupt := concat(gbBody[:corruptAt], []byte{0xFF}, gbBody[corruptAt:])
	utf8Body := []byte(strings.Join(simplifiedSentences, "\n"))
	utf8Cut := concat(utf8Body, []byte("总")[:2])
	utf8Corrupt := concat(utf8Body[:30], []byte{0xFF}, utf8Body[30:])
	cases := []struct {
		name   string
		data   []byte
		forced string
		want   DecodeError
	}{
		{"utf-8 after a BOM", concat(bomUTF8, []byte("工作"), []byte{0xFF}, []byte("总结")), "",
			DecodeError{UTF8, 9, ReasonInvalid}},
		{"forced utf-8, truncated sequence", concat([]byte("工作"), []byte{0xE6, 0x80}), "utf-8",
			DecodeError{UTF8, 6, ReasonInvalid}},
		{"forced gb18030, 0xFF", concat(mustEncode(t, encGB18030, "全年工作"), []byte{0xFF}, mustEncode(t, encGB18030, "总结")), "gb18030",
			DecodeError{GB18030, 8, ReasonInvalid}},
		{"forced gbk, lead byte before DEL", concat(mustEncode(t, encGB18030, "工作A"), []byte{0xB9, 0x7F}), "gbk",
			DecodeError{GB18030, 5, ReasonInvalid}},
		{"forced gb18030, truncated at end", concat(mustEncode(t, encGB18030, "工作"), []byte{0xB9}), "gb18030",
			DecodeError{GB18030, 4, ReasonInvalid}},
		{"forced big5, bad trail byte", concat(mustEncode(t, encBig5, "總結"), []byte{0xA4, 0x80}), "big5",
			DecodeError{Big5, 4, ReasonInvalid}},
		{"detected gb18030 with one corrupt byte", corrupt, "",
			DecodeError{GB18030, corruptAt, ReasonInvalid}},
		// A UTF-8 file cut off inside its last character (head -c, an
		// interrupted copy) is UTF-8 with a broken end, not GB18030.
		{"detected utf-8 cut inside the last character", utf8Cut, "",
			DecodeError{UTF8, len(utf8Cut) - 2, ReasonInvalid}},
		{"detected utf-8 with one corrupt byte", utf8Corrupt, "",
			DecodeError{UTF8, 30, ReasonInvalid}},
		{"forced utf-16le, odd length", concat(mustEncode(t, encUTF16LE, "工作"), []byte{0x41}), "utf-16le",
			DecodeError{UTF16LE, 4, ReasonInvalid}},
		{"utf-16le BOM, unpaired high surrogate", concat(bomUTF16LE, mustEncode(t, encUTF16LE, "工作"), []byte{0x00, 0xD8, 0x41, 0x00}), "",
			DecodeError{UTF16LE, 6, ReasonInvalid}},
		{"forced utf-16be, lone low surrogate", concat(mustEncode(t, encUTF16BE, "工"), []byte{0xDC, 0x00}), "utf-16be",
			DecodeError{UTF16BE, 2, ReasonInvalid}},
		{"forced utf-16be, high surrogate at end", concat(mustEncode(t, encUTF16BE, "工"), []byte{0xD8, 0x00}), "utf-16be",
			DecodeError{UTF16BE, 2, ReasonInvalid}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Decode(tc.data, tc.forced)
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("got %+v, %v; want a DecodeError", res, err)
			}
			if *de != tc.want {
				t.Errorf("got %+v, want %+v", *de, tc.want)
			}
		})
	}
}

func TestDecodeBinary(t *testing.T) {
	cases := []struct {
		name   string
		data   []byte
		forced string
		want   DecodeError
	}{
		{"PNG header", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), "", DecodeError{"", 8, ReasonBinary}},
		{"UTF-8 with NUL", []byte("工作\x00总结"), "", DecodeError{"", 6, ReasonBinary}},
		{"UTF-8 BOM with NUL", concat(bomUTF8, []byte("工作\x00")), "", DecodeError{UTF8, 9, ReasonBinary}},
		{"forced gb18030 with NUL", concat(mustEncode(t, encGB18030, "工作"), []byte{0}), "gb18030", DecodeError{GB18030, 4, ReasonBinary}},
		{"utf-16le with U+0000", concat(bomUTF16LE, mustEncode(t, encUTF16LE, "工作"), []byte{0, 0}), "", DecodeError{UTF16LE, 6, ReasonBinary}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(tc.data, tc.forced)
			var de *DecodeError
			if !errors.As(err, &de) || *de != tc.want {
				t.Errorf("got %v, want %+v", err, tc.want)
			}
		})
	}
}

// A U+FFFD that is really in the file is text; only replacements the
// decoder makes are errors.
func TestDecodeGenuineReplacementCharacter(t *testing.T) {
	const text = "经费�万元"
	cases := []struct {
		name   string
		data   []byte
		forced string
		want   string
	}{
		{"utf-8", []byte(text), "", UTF8},
		{"utf-16le", concat(bomUTF16LE, mustEncode(t, encUTF16LE, text)), "", UTF16LE},
		{"gb18030 forced", mustEncode(t, encGB18030, text), "gb18030", GB18030},
		{"gb18030 detected", mustEncode(t, encGB18030, "全年共发放"+text), "", GB18030},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Decode(tc.data, tc.forced)
			if err != nil {
				t.Fatal(err)
			}
			if res.Encoding != tc.want || !strings.ContainsRune(res.Text, utf8.RuneError) {
				t.Errorf("got %+v", res)
			}
		})
	}
}
