package punct

import (
	"reflect"
	"testing"
)

// The quick tests in front of the pair-mark map and the protected-text
// patterns may only skip work: they must never reject what the slow path
// would accept.

func TestPairLeadBytesSkipOnlyOtherCharacters(t *testing.T) {
	for r := range pairMarks {
		if !pairLeadBytes[string(r)[0]] {
			t.Errorf("the first byte of %q is not in pairLeadBytes", r)
		}
	}
	for b := 0x80; b < 0xC0; b++ {
		if pairLeadBytes[b] {
			t.Errorf("continuation byte %#x is in pairLeadBytes", b)
		}
	}
	if pairLeadBytes["中"[0]] || pairLeadBytes['a'] {
		t.Error("pairLeadBytes holds the first byte of ordinary text")
	}
}

func TestContainsWWWDot(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"见www.acftu.org", true},
		{"见WwW.acftu.org", true},
		{"见ww.acftu.org", false},
		{"www", false},
		{".www", false},
		{"a.b.www.", true},
		{"中文。没有网址", false},
		{"中www。", false},
	} {
		if got := containsWWWDot(tc.text); got != tc.want {
			t.Errorf("containsWWWDot(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestProtectedRangesPrefilter compares protectedRanges with running every
// pattern unconditionally.
func TestProtectedRangesPrefilter(t *testing.T) {
	for _, text := range []string{
		"详见http://a.cn/x?id=1,请查阅",
		"详见HTTPS://A.CN/X),完",
		"登录WWW.acftu.org.cn查询;联系xx@a.org.cn",
		"代码`a;b`和`c`",
		"普通段落,没有地址;也没有代码(一)",
		"ftp://1.2.3.4/a www.b-c.cn, e.f@g.h",
	} {
		var want [][2]int
		for _, pat := range protectedPatterns {
			for _, loc := range pat.re.FindAllStringIndex(text, -1) {
				want = append(want, [2]int{loc[0], trimURLEnd(text, loc[0], loc[1])})
			}
		}
		got := protectedRanges(text).ranges
		if len(got) != len(want) {
			t.Errorf("%q: got ranges %v, want %v", text, got, want)
			continue
		}
		for _, w := range want {
			found := false
			for _, g := range got {
				found = found || reflect.DeepEqual(g, w)
			}
			if !found {
				t.Errorf("%q: range %v missing from %v", text, w, got)
			}
		}
	}
}

func TestCountFullwidthMarks(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"半年来，我们（一）加强；完善：好！吗？", 7},
		{"全角＂＃不算，“引号”也不算。", 1},
		{"\xef\xbc\x8c\xef\xbc", 1}, // a comma, then a cut-off character
		{"\xef，", 1},
		{",;:()!?", 0},
	} {
		if got := countFullwidthMarks(tc.text); got != tc.want {
			t.Errorf("countFullwidthMarks(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}
