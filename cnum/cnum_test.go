package cnum

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"一", 1, true},
		{"十", 10, true},
		{"十二", 12, true},
		{"二十", 20, true},
		{"二十一", 21, true},
		{"九十九", 99, true},
		{"一百", 100, true},
		{"一百零五", 105, true},
		{"一百〇五", 105, true},
		{"一百一十", 110, true},
		{"一千零一十", 1010, true},
		{"三千五百", 3500, true},
		{"两", 2, true},
		{"两百", 200, true},
		{"兩萬", 20000, true},
		{"一万五千", 15000, true},
		{"十万", 100000, true},
		{"一亿二千万", 120000000, true},
		{"三億", 300000000, true},
		{"一万亿", 1_000_000_000_000, true},
		{"廿", 20, true},
		{"廿一", 21, true},
		{"卅五", 35, true},
		{"壹仟贰佰叁拾肆", 1234, true},
		{"貳拾", 20, true},
		{"二〇二三", 2023, true},
		{"二○一九", 2019, true},
		{"零", 0, true},
		{"12", 12, true},
		{"１２", 12, true},
		{"3万", 30000, true},
		{"12亿", 1_200_000_000, true},
		// Malformed or not numerals.
		{"", 0, false},
		{"万", 0, false},
		{"亿", 0, false},
		{"十二五", 0, false},
		{"三五", 0, false},
		{"一十百", 0, false},
		{"百", 0, false},
		{"零十", 0, false},
		{"三千5", 0, false},
		{"二0", 0, false},
		{"一万万", 0, false},
		{"一二三四五六七八九十", 0, false},
		{"五个", 0, false},
		{"abc", 0, false},
		{"999999999999999999亿", 0, false},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Parse(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantLen int
		ok      bool
	}{
		{"十二、加强领导", 12, 6, true},
		{"十二五”规划", 12, 6, true},
		{"一是", 1, 3, true},
		{"三加大对困难职工的帮扶力度", 3, 3, true},
		{"２、完善制度", 2, 3, true},
		{"19、高广大职工", 19, 2, true},
		{"二十一章", 21, 9, true},
		{"1.5万元", 1, 1, true},
		{"3万元", 30000, 4, true},
		{"万元", 0, 0, false},
		{"、县总工会", 0, 0, false},
		{"", 0, 0, false},
	}
	for _, tt := range tests {
		got, n, ok := Prefix(tt.in)
		if got != tt.want || n != tt.wantLen || ok != tt.ok {
			t.Errorf("Prefix(%q) = %d, %d, %v; want %d, %d, %v", tt.in, got, n, ok, tt.want, tt.wantLen, tt.ok)
		}
	}
}

// FuzzPrefix checks that Prefix never panics and that what it reads parses
// on its own to the same value.
func FuzzPrefix(f *testing.F) {
	for _, s := range []string{"十二、", "一百零五", "二〇二三年", "3万元", "廿一日", "壹仟贰佰", "万"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, n, ok := Prefix(s)
		if !ok {
			return
		}
		if n <= 0 || n > len(s) {
			t.Fatalf("Prefix(%q) length %d out of range", s, n)
		}
		if w, ok2 := Parse(s[:n]); !ok2 || w != v {
			t.Fatalf("Prefix(%q) = %d but Parse(%q) = %d, %v", s, v, s[:n], w, ok2)
		}
	})
}

func BenchmarkPrefix(b *testing.B) {
	for b.Loop() {
		Prefix("一千二百三十四万五千六百七十八")
	}
}

// A long run of numeral characters is read no further than the longest
// possible numeral, which keeps Prefix linear on hostile input.
func TestPrefixLongRun(t *testing.T) {
	s := strings.Repeat("一", 100_000)
	v, n, ok := Prefix(s)
	if !ok || n > maxPrefixTokens*len("一") || v != 111_111_111_111_111_111 {
		t.Errorf("Prefix(一×100000) = %d, %d, %v", v, n, ok)
	}
}
