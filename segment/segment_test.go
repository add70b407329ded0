package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWordsSplitsAdministrativeProse(t *testing.T) {
	cases := []struct {
		text string
		want string // words joined by |
	}{
		{"县总工会按照县委的统一部署", "县总工会|按照|县委|的|统一|部署"},
		{"成立二个小组", "成立|二个|小组"},
		{"十二个单位", "十二|个|单位"},
		{"社会保障局局、县经济和商务局", "社会保障局|局|、|县|经济|和|商务|局"},
		{"职工工作和工会会员", "职工|工作|和|工会会员"},
		{"工资集体协商取得了一定成效", "工资集体协商|取得|了|一定|成效"},
		{"经费管理帐目完整", "经费|管理|帐目|完整"},
	}
	for _, c := range cases {
		if got := strings.Join(Words(c.text), "|"); got != c.want {
			t.Errorf("Words(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

func TestWordEndsTilesTheText(t *testing.T) {
	texts := []string{
		"工会活动开展的不够，认认真真，家家户户。",
		"ABC Hello 世界\u3000 x y",
		"縣總工會按照縣委、縣政府的統一部署",
		"𠀋字与XX县总工会2024年",
		"invalid \xff\xfe bytes 工会",
		"\n\t 。",
	}
	for _, text := range texts {
		ends := WordEnds(text)
		checkTiling(t, text, ends)
		if got := strings.Join(Words(text), ""); got != text {
			t.Errorf("Words(%q) joined = %q", text, got)
		}
	}
}

func TestWordEndsOfEmptyText(t *testing.T) {
	if ends := WordEnds(""); len(ends) != 0 {
		t.Errorf("WordEnds(\"\") = %v, want none", ends)
	}
}

func TestLatinCaseIsKept(t *testing.T) {
	if got := strings.Join(Words("XX县OA系统"), "|"); !strings.Contains(got, "XX") || !strings.Contains(got, "OA") {
		t.Errorf("Words lowercased Latin letters: %s", got)
	}
}

func TestRuneEndsIsTheFallback(t *testing.T) {
	got := runeEnds("工a𠀋")
	want := []int{3, 4, 8}
	if len(got) != len(want) {
		t.Fatalf("runeEnds = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("runeEnds = %v, want %v", got, want)
		}
	}
}

func TestNewSegmenterRejectsAnEmptyDictionary(t *testing.T) {
	for _, dict := range []string{"", "# only a header\n# nothing else\n"} {
		if _, err := newSegmenter(dict); err == nil {
			t.Errorf("newSegmenter(%q) gave no error", dict)
		}
	}
}

func TestStripComments(t *testing.T) {
	got := stripComments("# header\n工会 10\n# more\n职工 5\n")
	if got != "工会 10\n职工 5\n" {
		t.Errorf("stripComments = %q", got)
	}
}

func TestReadyLoadsTheEmbeddedDictionary(t *testing.T) {
	if err := Ready(); err != nil {
		t.Fatal(err)
	}
}

// checkTiling asserts that ends are increasing, end on rune boundaries of
// valid UTF-8 and finish at len(text).
func checkTiling(t *testing.T, text string, ends []int) {
	t.Helper()
	if len(ends) == 0 || ends[len(ends)-1] != len(text) {
		t.Fatalf("WordEnds(%q) = %v: must end at %d", text, ends, len(text))
	}
	prev := 0
	for _, e := range ends {
		if e <= prev {
			t.Fatalf("WordEnds(%q) = %v: not increasing", text, ends)
		}
		if utf8.ValidString(text) && !utf8.RuneStart(text[e%len(text)]) && e != len(text) {
			t.Fatalf("WordEnds(%q) = %v: %d splits a rune", text, ends, e)
		}
		prev = e
	}
}

func FuzzWordEnds(f *testing.F) {
	for _, s := range []string{"县总工会按照县委的统一部署", "a\xffb", "𠀋", "", "XX年  工会"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ends := WordEnds(text)
		if text == "" {
			if len(ends) != 0 {
				t.Fatalf("ends for empty text: %v", ends)
			}
			return
		}
		checkTiling(t, text, ends)
	})
}
