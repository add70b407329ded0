package docx

import "testing"

func TestFormatCounter(t *testing.T) {
	tests := []struct {
		kind  string
		width int
		n     int
		want  string
	}{
		{"decimal", 0, 12, "12"},
		{"", 0, 3, "3"},              // no w:numFmt value
		{"cardinalText", 0, 3, "3"},  // unsupported: decimal
		{"decimalZero", 0, 7, "07"},  // two digits by default
		{"decimalZero", 0, 12, "12"}, // no padding needed
		{"decimalZero", 3, 7, "007"}, // custom "001, 002, 003, ..."
		{"upperRoman", 0, 1994, "MCMXCIV"},
		{"lowerRoman", 0, 4, "iv"},
		{"upperRoman", 0, 4000, "4000"}, // no Roman form
		{"upperLetter", 0, 1, "A"},
		{"upperLetter", 0, 26, "Z"},
		{"upperLetter", 0, 27, "AA"}, // Word repeats the letter
		{"lowerLetter", 0, 54, "bbb"},
		{"lowerLetter", 0, 26*maxLetterRepeat + 1, "781"},
		{"ordinal", 0, 1, "1st"},
		{"ordinal", 0, 12, "12th"},
		{"ordinal", 0, 23, "23rd"},
		{"hex", 0, 255, "FF"},
		{"decimalFullWidth", 0, 12, "１２"},
		{"decimalFullWidth2", 0, 3, "３"},
		{"decimalEnclosedCircle", 0, 1, "①"},
		{"decimalEnclosedCircle", 0, 20, "⑳"},
		{"decimalEnclosedCircle", 0, 21, "21"},
		{"decimalEnclosedCircleChinese", 0, 3, "③"},
		{"decimalEnclosedFullstop", 0, 2, "⒉"},
		{"decimalEnclosedParen", 0, 3, "⑶"},
		{"ideographEnclosedCircle", 0, 3, "㈢"},
		{"none", 0, 5, ""},
		{"bullet", 0, 5, ""},

		{"chineseCounting", 0, 1, "一"},
		{"chineseCounting", 0, 10, "十"},
		{"chineseCounting", 0, 11, "十一"},
		{"chineseCounting", 0, 20, "二十"},
		{"chineseCounting", 0, 99, "九十九"},
		{"chineseCounting", 0, 100, "一〇〇"}, // digit by digit from 100 on
		{"chineseCountingThousand", 0, 10, "十"},
		{"chineseCountingThousand", 0, 15, "十五"},
		{"chineseCountingThousand", 0, 20, "二十"},
		{"chineseCountingThousand", 0, 100, "一百"},
		{"chineseCountingThousand", 0, 101, "一百零一"},
		{"chineseCountingThousand", 0, 110, "一百一十"},
		{"chineseCountingThousand", 0, 1001, "一千零一"},
		{"chineseCountingThousand", 0, 10000, "一万"},
		{"chineseCountingThousand", 0, 10050, "一万零五十"},
		{"chineseCountingThousand", 0, 100000000, "一亿"},
		{"chineseCountingThousand", 0, 0, "〇"},
		{"taiwaneseCounting", 0, 12, "十二"},
		{"taiwaneseCountingThousand", 0, 20001, "二萬零一"},
		{"japaneseCounting", 0, 10, "十"},
		{"japaneseCounting", 0, 111, "百十一"},
		{"japaneseCounting", 0, 1001, "千一"},
		{"ideographDigital", 0, 10, "一〇"},
		{"ideographDigital", 0, 7, "七"},
		{"taiwaneseDigital", 0, 203, "二〇三"},
		{"ideographTraditional", 0, 1, "甲"},
		{"ideographTraditional", 0, 10, "癸"},
		{"ideographTraditional", 0, 11, "甲"}, // the cycle starts over
		{"ideographZodiac", 0, 12, "亥"},
		{"chineseLegalSimplified", 0, 1, "壹"},
		{"chineseLegalSimplified", 0, 10, "壹拾"},
		{"chineseLegalSimplified", 0, 23, "贰拾叁"},
		{"chineseLegalSimplified", 0, 305, "叁佰零伍"},
		{"ideographLegalTraditional", 0, 12, "壹拾貳"},
	}
	for _, tt := range tests {
		got := formatCounter(numFormat{kind: tt.kind, width: tt.width}, tt.n)
		if got != tt.want {
			t.Errorf("formatCounter(%s/%d, %d) = %q, want %q", tt.kind, tt.width, tt.n, got, tt.want)
		}
	}
}

// Counters come from files, so every renderer must survive any value.
func TestFormatCounterExtremeValues(t *testing.T) {
	kinds := []string{"decimal", "decimalZero", "upperRoman", "upperLetter", "ordinal", "hex",
		"decimalFullWidth", "decimalEnclosedCircle", "chineseCounting", "chineseCountingThousand",
		"japaneseCounting", "ideographDigital", "ideographTraditional", "chineseLegalSimplified"}
	for _, kind := range kinds {
		for _, n := range []int{-5, 0, maxCount, maxCJK} {
			if got := formatCounter(numFormat{kind: kind}, n); got == "" || len(got) > 64 {
				t.Errorf("formatCounter(%s, %d) = %q", kind, n, got)
			}
		}
	}
}

func TestZeroPaddedWidth(t *testing.T) {
	for format, want := range map[string]int{
		"01, 02, 03, ...":    2,
		"001, 002, 003, ...": 3,
		"1, 2, 3, ...":       0,
		"一, 二, 三, ...":       0,
		"":                   0,
	} {
		if got := zeroPaddedWidth(format); got != want {
			t.Errorf("zeroPaddedWidth(%q) = %d, want %d", format, got, want)
		}
	}
}
