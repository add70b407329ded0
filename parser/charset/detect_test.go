package charset

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
)

func TestDetectShortWindows(t *testing.T) {
	simplified := strings.Join(simplifiedSentences, "\n")
	traditional := strings.Join(traditionalSentences, "\n")
	for _, han := range []int{4, 8, 16} {
		cases := []struct {
			name    string
			text    string
			encName string
			want    string
		}{
			{"simplified in gb18030", simplified, "gb18030", GB18030},
			{"traditional in gb18030", traditional, "gb18030", GB18030},
			{"traditional in big5", traditional, "big5", Big5},
		}
		for _, tc := range cases {
			windows := hanWindows(tc.text, han, 3)
			enc := encGB18030
			if tc.encName == "big5" {
				enc = encBig5
			}
			hits, total, misses := accuracy(windows, enc, tc.want)
			t.Logf("own sentences, windows of %2d Han, %s: %d/%d", han, tc.name, hits, total)
			if total == 0 {
				t.Fatalf("%s: no windows of %d Han", tc.name, han)
			}
			if hits != total {
				t.Errorf("%s, %d Han: %d/%d detected; misses: %v", tc.name, han, hits, total, misses)
			}
		}
	}
}

func TestDetectWholeTexts(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		text string
		want string
	}{
		{
			name: "simplified gb18030",
			data: mustEncode(t, encGB18030, strings.Join(simplifiedSentences, "\r\n")),
			text: strings.Join(simplifiedSentences, "\r\n"),
			want: GB18030,
		},
		{
			name: "traditional big5",
			data: mustEncode(t, encBig5, strings.Join(traditionalSentences, "\n")),
			text: strings.Join(traditionalSentences, "\n"),
			want: Big5,
		},
		{
			// GBK holds traditional characters too; a clean, well-scoring
			// GB18030 reading must not be second-guessed as Big5.
			name: "traditional gb18030",
			data: mustEncode(t, encGB18030, strings.Join(traditionalSentences, "\n")),
			text: strings.Join(traditionalSentences, "\n"),
			want: GB18030,
		},
		{
			name: "gb18030 four-byte sequences (CJK Ext-B, euro)",
			data: mustEncode(t, encGB18030, "𠀋县总工会2024年度工作总结，经费€"),
			text: "𠀋县总工会2024年度工作总结，经费€",
			want: GB18030,
		},
		{
			name: "gb18030 with ASCII headings and numbers",
			data: mustEncode(t, encGB18030, "# 2024年工作总结\n\n1. 发放慰问金18万元（共126户）。\n"),
			text: "# 2024年工作总结\n\n1. 发放慰问金18万元（共126户）。\n",
			want: GB18030,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Decode(tc.data, "")
			if err != nil {
				t.Fatal(err)
			}
			if res.Encoding != tc.want || res.Text != tc.text || res.BOM {
				t.Errorf("got %s %q BOM=%v, want %s %q", res.Encoding, res.Text, res.BOM, tc.want, tc.text)
			}
		})
	}
}

func TestDetectUTF16WithoutBOM(t *testing.T) {
	cases := []struct {
		name string
		text string
	}{
		{"four Han characters", "工作总结"},
		{"four traditional Han characters", "工作總結"},
		{"mixed ASCII", "2024年度工作总结\r\n一、基本情况\r\n全年发放慰问金18万元。\r\n"},
		{"ASCII only", "Annual report 2024\n"},
		{"astral character", "𠀋县总工会"},
		// These are valid UTF-8 too; the UTF-8 reading holds control
		// characters, or only two-byte characters.
		{"valid UTF-8 with controls", "金十八万"},
		{"valid UTF-8, ASCII bytes with controls", "十八万元"},
		{"valid UTF-8, two-byte characters only", "集体协商"},
	}
	for _, tc := range cases {
		for _, order := range []struct {
			want string
			data []byte
		}{
			{UTF16LE, mustEncode(t, encUTF16LE, tc.text)},
			{UTF16BE, mustEncode(t, encUTF16BE, tc.text)},
		} {
			t.Run(tc.name+" "+order.want, func(t *testing.T) {
				res, err := Decode(order.data, "")
				if err != nil {
					t.Fatal(err)
				}
				if res.Encoding != order.want || res.Text != tc.text || res.BOM {
					t.Errorf("got %s %q BOM=%v, want %s %q", res.Encoding, res.Text, res.BOM, order.want, tc.text)
				}
			})
		}
	}
}

// Legacy text must not be mistaken for BOM-less UTF-16: GB18030 and Big5
// bytes pair up into plausible-looking code units often enough to matter.
func TestDetectLegacyIsNotUTF16(t *testing.T) {
	for _, s := range append(append([]string{}, simplifiedSentences...), traditionalSentences...) {
		for _, han := range []int{2, 4, 6} {
			for _, w := range hanWindows(s, han, 1) {
				for _, enc := range []encoding.Encoding{encGB18030, encBig5} {
					data, err := enc.NewEncoder().Bytes([]byte(w))
					if err != nil || len(data)%2 != 0 {
						continue // not representable, or odd length (never UTF-16)
					}
					if res, err := Decode(data, ""); err == nil && strings.HasPrefix(res.Encoding, "utf-16") {
						t.Errorf("%v bytes of %q detected as %s", enc, w, res.Encoding)
					}
				}
			}
		}
	}
}

// The UTF-16 second opinion on valid UTF-8 must leave real UTF-8 alone:
// Chinese, European text, and ASCII with terminal escapes.
func TestDetectKeepsUTF8(t *testing.T) {
	for _, text := range []string{
		"工作总结",
		"café",
		"naïve résumé, très élevé à côté",
		"ÀÉÎÕÜ",
		"Привет, мир",
		"\x1b[31mred\x1b[0m",
		"page\x0cbreak",
		"t^\nNJSt^", // also 年上半年 in UTF-16LE: ASCII must win
	} {
		res, err := Decode([]byte(text), "")
		if err != nil || res.Encoding != UTF8 || res.Text != text {
			t.Errorf("%q: got %+v, %v", text, res, err)
		}
	}
}
