package charset

import (
	"errors"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

// gb18030BOM is U+FEFF in GB18030.
var gb18030BOM = []byte{0x84, 0x31, 0x95, 0x33}

func TestDecodeBOM(t *testing.T) {
	const text = "一、2024年工作总结\n"
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"utf-8", concat(bomUTF8, []byte(text)), UTF8},
		{"utf-16le", concat(bomUTF16LE, mustEncode(t, encUTF16LE, text)), UTF16LE},
		{"utf-16be", concat(bomUTF16BE, mustEncode(t, encUTF16BE, text)), UTF16BE},
		{"gb18030", concat(gb18030BOM, mustEncode(t, encGB18030, text)), GB18030},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Decode(tc.data, "")
			if err != nil {
				t.Fatal(err)
			}
			if res != (Result{Text: text, Encoding: tc.want, BOM: true}) {
				t.Errorf("got %+v", res)
			}
		})
	}
}

func TestDecodeEmpty(t *testing.T) {
	cases := []struct {
		name   string
		data   []byte
		forced string
		want   Result
	}{
		{"nil", nil, "", Result{Encoding: UTF8}},
		{"empty", []byte{}, "", Result{Encoding: UTF8}},
		{"forced", []byte{}, "gbk", Result{Encoding: GB18030}},
		{"only a BOM", bomUTF8, "", Result{Encoding: UTF8, BOM: true}},
		{"only a UTF-16 BOM", bomUTF16BE, "", Result{Encoding: UTF16BE, BOM: true}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Decode(tc.data, tc.forced)
			if err != nil || res != tc.want {
				t.Errorf("got %+v, %v; want %+v", res, err, tc.want)
			}
		})
	}
}

func TestDecodeForced(t *testing.T) {
	const zh = "县总工会2024年工作总结"
	const ja = "年次報告書です"
	sjis := mustEncode(t, japanese.ShiftJIS, ja)
	cases := []struct {
		forced string
		data   []byte
		want   Result
	}{
		{"UTF8", []byte(zh), Result{Text: zh, Encoding: UTF8}},
		{"utf-8", concat(bomUTF8, []byte(zh)), Result{Text: zh, Encoding: UTF8, BOM: true}},
		{"utf-16", concat(bomUTF16BE, mustEncode(t, encUTF16BE, zh)), Result{Text: zh, Encoding: UTF16BE, BOM: true}},
		{"utf-16", mustEncode(t, encUTF16BE, zh), Result{Text: zh, Encoding: UTF16BE}},
		{"UTF-16LE", concat(bomUTF16LE, mustEncode(t, encUTF16LE, zh)), Result{Text: zh, Encoding: UTF16LE, BOM: true}},
		{"utf-16be", mustEncode(t, encUTF16BE, zh), Result{Text: zh, Encoding: UTF16BE}},
		{"GBK", mustEncode(t, encGB18030, zh), Result{Text: zh, Encoding: GB18030}},
		{"gb2312", mustEncode(t, encGB18030, zh), Result{Text: zh, Encoding: GB18030}},
		{"cp936", mustEncode(t, encGB18030, zh), Result{Text: zh, Encoding: GB18030}},
		{"x-gbk", mustEncode(t, encGB18030, zh), Result{Text: zh, Encoding: GB18030}},
		{"GB18030", concat(gb18030BOM, mustEncode(t, encGB18030, zh)), Result{Text: zh, Encoding: GB18030, BOM: true}},
		{"big5", mustEncode(t, encBig5, "縣總工會工作總結"), Result{Text: "縣總工會工作總結", Encoding: Big5}},
		{"Big5-HKSCS", mustEncode(t, encBig5, "縣總工會工作總結"), Result{Text: "縣總工會工作總結", Encoding: Big5}},
		{"shift_jis", sjis, Result{Text: ja, Encoding: "shift_jis"}},
		{"latin1", []byte("caf\xe9"), Result{Text: "café", Encoding: "windows-1252"}},
		// Forcing overrides detection: these GB18030 bytes are also valid Big5.
		{"big5", mustEncode(t, encGB18030, "工作"), Result{Text: "馱釬", Encoding: Big5}},
	}
	for _, tc := range cases {
		t.Run(tc.forced, func(t *testing.T) {
			res, err := Decode(tc.data, tc.forced)
			if err != nil {
				t.Fatal(err)
			}
			if res != tc.want {
				t.Errorf("got %+v, want %+v", res, tc.want)
			}
		})
	}
}

func TestKnown(t *testing.T) {
	cases := []struct {
		name string
		want bool
	}{
		{"utf-8", true}, {"UTF8", true}, {" utf-16 ", true}, {"utf-16le", true}, {"UTF-16BE", true},
		{"gb18030", true}, {"GBK", true}, {"gb2312", true}, {"CP936", true}, {"big5", true},
		{"big5-hkscs", true}, {"x-gbk", true}, {"csbig5", true}, {"shift_jis", true}, {"latin1", true},
		{"", false}, {"klingon", false}, {"gb-2312x", false},
		{"iso-2022-kr", false}, // WHATWG "replacement": would decode everything to U+FFFD
	}
	for _, tc := range cases {
		if got := Known(tc.name); got != tc.want {
			t.Errorf("Known(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestDecodeUnknownEncoding(t *testing.T) {
	for _, name := range []string{"klingon", "iso-2022-kr", "utf-32x"} {
		_, err := Decode([]byte("工作总结"), name)
		if !errors.Is(err, ErrUnknownEncoding) {
			t.Errorf("Decode(%q): got %v, want ErrUnknownEncoding", name, err)
		}
	}
}

func TestDecodeErrorMessage(t *testing.T) {
	cases := []struct {
		err  DecodeError
		want string
	}{
		{DecodeError{Encoding: GB18030, Offset: 1234, Reason: ReasonInvalid}, "invalid gb18030 byte sequence at byte offset 1234"},
		{DecodeError{Offset: 8, Reason: ReasonBinary}, "binary data at byte offset 8"},
		{DecodeError{Encoding: UTF16LE, Offset: 6, Reason: ReasonBinary}, "binary data at byte offset 6 (decoding as utf-16le)"},
	}
	for _, tc := range cases {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}
