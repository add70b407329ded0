package script

import "testing"

func TestClassify(t *testing.T) {
	tests := []struct {
		r    rune
		want Class
		why  string
	}{
		{'後', TraditionalOnly, "traditional of 后"},
		{'后', Neutral, "simplified 后 is also traditional 后 (皇后)"},
		{'乾', TraditionalOnly, "乾淨; 乾隆 is a name kept by OpenCC's phrases"},
		{'幹', TraditionalOnly, "traditional of 干"},
		{'干', Neutral, "若干 is 干 in both scripts"},
		{'發', TraditionalOnly, ""},
		{'髮', TraditionalOnly, ""},
		{'发', SimplifiedOnly, "traditional text has 發 or 髮"},
		{'面', Neutral, "面 in both, 麪 traditional"},
		{'麪', TraditionalOnly, ""},
		{'里', Neutral, "公里 in both"},
		{'裏', TraditionalOnly, ""},
		{'只', Neutral, "只 in both, 隻 traditional"},
		{'隻', TraditionalOnly, ""},
		{'台', Neutral, "台 in both"},
		{'臺', TraditionalOnly, ""},
		{'云', Neutral, "云 in both (人云亦云)"},
		{'雲', TraditionalOnly, ""},
		{'松', Neutral, ""},
		{'鬆', TraditionalOnly, ""},
		{'谷', Neutral, ""},
		{'穀', TraditionalOnly, ""},
		{'系', Neutral, ""},
		{'係', TraditionalOnly, ""},
		{'繫', TraditionalOnly, ""},
		{'历', SimplifiedOnly, "traditional text has 歷 or 曆"},
		{'歷', TraditionalOnly, ""},
		{'曆', TraditionalOnly, ""},
		{'爲', TraditionalOnly, "OpenCC standard variant of 為"},
		{'羣', TraditionalOnly, ""},
		{'啓', TraditionalOnly, ""},
		{'覈', TraditionalOnly, ""},
		{'着', Neutral, "着 is OpenCC's standard traditional form too"},
		{'著', Neutral, "著作 in both"},
		{'衞', TraditionalOnly, "Hong Kong variant of 衛"},
		{'会', SimplifiedOnly, ""},
		{'會', TraditionalOnly, ""},
		{'工', Neutral, "same in both"},
		{'A', Neutral, "not Han"},
		{'，', Neutral, "punctuation"},
		{'𠀋', Neutral, "astral, same in both"},
		{'𬶠', SimplifiedOnly, "astral simplified form of 鰊"},
		{-1, Neutral, "not a character"},
		{0x10FFFF + 1, Neutral, "beyond Unicode"},
	}
	for _, tt := range tests {
		if got := Classify(tt.r); got != tt.want {
			t.Errorf("Classify(%q) = %v, want %v (%s)", tt.r, got, tt.want, tt.why)
		}
	}
}

func TestClassString(t *testing.T) {
	for c, want := range map[Class]string{
		Neutral: "neutral", TraditionalOnly: "traditional-only", SimplifiedOnly: "simplified-only", 7: "Class(7)",
	} {
		if got := c.String(); got != want {
			t.Errorf("Class(%d).String() = %q, want %q", c, got, want)
		}
	}
}

func TestCount(t *testing.T) {
	tests := []struct {
		in   string
		want Counts
	}{
		{"總工會 2009年", Counts{Han: 4, TraditionalOnly: 2}}, // 總 會; 工 and 年 neutral
		{"总工会，若干后", Counts{Han: 6, SimplifiedOnly: 2}},    // 总 会
		{"abc，。\xff", Counts{}},                           // no Han, invalid byte ignored
		{"𠀋〇", Counts{Han: 2}},                            // astral and 〇 are Han
		{"会會", Counts{Han: 2, TraditionalOnly: 1, SimplifiedOnly: 1}},
	}
	for _, tt := range tests {
		if got := Count(tt.in); got != tt.want {
			t.Errorf("Count(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestCountsAdd(t *testing.T) {
	got := Counts{Han: 10, TraditionalOnly: 1, SimplifiedOnly: 4}.Add(Counts{Han: 5, TraditionalOnly: 2})
	if want := (Counts{Han: 15, TraditionalOnly: 3, SimplifiedOnly: 4}); got != want {
		t.Errorf("Add = %+v, want %+v", got, want)
	}
}
