package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/internal/gsedict"
)

func TestCountChars(t *testing.T) {
	dict := "工会 10 n\n工作 5 vn\n会 1 v\nABC 100 eng\n\n职工之家 2\n"
	entries, err := gsedict.Read(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	got := countChars(entries)
	want := map[rune]int64{'工': 17, '会': 11, '作': 5, '职': 2, '之': 2, '家': 2}
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for c, n := range want {
		if got[c] != n {
			t.Errorf("freq[%c] = %d, want %d", c, got[c], n)
		}
	}
}

func TestTopChars(t *testing.T) {
	freq := map[rune]int64{'会': 11, '工': 17, '作': 5, '家': 5, '之': 5}
	cases := []struct {
		n    int
		want string
	}{
		{2, "工会"},
		{5, "工会之作家"}, // equal counts in code-point order: 之 U+4E4B, 作 U+4F5C, 家 U+5BB6
		{9, "工会之作家"},
	}
	for _, tc := range cases {
		if got := string(topChars(freq, tc.n)); got != tc.want {
			t.Errorf("topChars(n=%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestWriteTable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hanfreq.txt")
	tables := []scriptTable{
		{script: scripts[0], chars: []rune("的工")},
		{script: scripts[1], chars: []rune("的會")},
	}
	if err := writeTable(path, gsedict.Source{Version: "v0.80.3"}, tables); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	data := slices.DeleteFunc(slices.Clone(lines), func(l string) bool { return strings.HasPrefix(l, "#") })
	if !slices.Equal(data, []string{"simplified\t的工", "traditional\t的會"}) {
		t.Errorf("data lines %q", data)
	}
	header := strings.Join(lines[:len(lines)-len(data)], "\n")
	for _, want := range []string{"go-ego/gse v0.80.3", "Apache-2.0", "jieba, MIT"} {
		if !strings.Contains(header, want) {
			t.Errorf("header lacks %q:\n%s", want, header)
		}
	}
}
