package script

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestToSimplified(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"title", "總工會爭先創優工作總結", "总工会争先创优工作总结"},
		{"problems", "存在的問題", "存在的问题"},
		{"OpenCC standard variants", "爲羣啓覈着", "为群启核着"},
		{"ambiguous traditional forms", "幹部乾淨後來頭髮發展", "干部干净后来头发发展"},
		{"Hong Kong variants", "衞生敍述", "卫生叙述"},
		{"simplified kept", "若干皇后台面著作", "若干皇后台面著作"},
		{"astral and ASCII kept", "𠀋 abc 12，總", "𠀋 abc 12，总"},
		{"astral simplified form not applied", "鰊", "鰊"},
		{"invalid UTF-8 kept", "會\xff\xe6\x9c", "会\xff\xe6\x9c"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ToSimplified(tt.in)
			if got != tt.want {
				t.Errorf("ToSimplified(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if len(got) != len(tt.in) {
				t.Errorf("length changed: %d → %d", len(tt.in), len(got))
			}
		})
	}
}

func TestToSimplifiedDoesNotAllocateWhenUnchanged(t *testing.T) {
	text := strings.Repeat("县总工会认真贯彻落实上级工会的部署，取得了一定成效。ABC 123\n", 20)
	allocs := testing.AllocsPerRun(100, func() {
		if ToSimplified(text) != text {
			t.Fatal("simplified text was changed")
		}
	})
	if allocs != 0 {
		t.Errorf("ToSimplified allocated %.0f times on unchanged text", allocs)
	}
}

// TestToSimplifiedMatchesOpenCC compares with conversions made by the opencc
// CLI at generation time (testdata/opencc_sentences.tsv): the character table
// must undo OpenCC's phrase-aware s2t exactly as OpenCC's own t2s does.
func TestToSimplifiedMatchesOpenCC(t *testing.T) {
	rows := readSentences(t)
	for _, row := range rows {
		simplified, traditional, openccT2S := row[0], row[1], row[2]
		if traditional == simplified {
			t.Errorf("fixture row %q was not converted by s2t", simplified)
		}
		if got := ToSimplified(traditional); got != openccT2S {
			t.Errorf("ToSimplified(%q) = %q, opencc t2s gives %q", traditional, got, openccT2S)
		}
		if got := ToSimplified(simplified); got != simplified {
			t.Errorf("ToSimplified changed simplified text %q to %q", simplified, got)
		}
	}
}

func readSentences(t *testing.T) [][]string {
	t.Helper()
	f, err := os.Open("testdata/opencc_sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("fixture line %q has %d columns, want 3", line, len(cols))
		}
		rows = append(rows, cols)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rows) < 5 {
		t.Fatalf("fixture has %d rows, want at least 5", len(rows))
	}
	return rows
}

func FuzzToSimplified(f *testing.F) {
	for _, seed := range []string{"總工會爭先創優工作總結", "存在的問題", "𠀋會", "abc", "\xff會\xe6", "爲羣啓覈着", ""} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := ToSimplified(s)
		if len(got) != len(s) {
			t.Fatalf("length %d → %d for %q", len(s), len(got), s)
		}
		// Every rune keeps its offset and size; a changed one is a table pair.
		for i := 0; i < len(s); {
			in, size := utf8.DecodeRuneInString(s[i:])
			if s[i:i+size] != got[i:i+size] {
				out, outSize := utf8.DecodeRuneInString(got[i:])
				if outSize != size || !isTableForm(in, out) {
					t.Fatalf("offset %d: %q became %q, not its table form", i, s[i:i+size], got[i:i+outSize])
				}
			}
			i += size
		}
		if again := ToSimplified(got); again != got {
			t.Fatalf("not idempotent: %q → %q → %q", s, got, again)
		}
	})
}

func isTableForm(in, out rune) bool {
	return uint32(in) <= 0xFFFF && rune(tables.t2s[in]) == out
}

// BenchmarkToSimplified runs on about 15 KB, the size of a long work report;
// the engine simplifies every paragraph of every document.
func BenchmarkToSimplified(b *testing.B) {
	simplified := strings.Repeat("县总工会认真贯彻落实上级工会的各项部署，共发放帮扶资金12万元。", 160)
	traditional := strings.Repeat("縣總工會認真貫徹落實上級工會的各項部署，共發放幫扶資金12萬元。", 160)
	for _, bc := range []struct{ name, text string }{{"simplified", simplified}, {"traditional", traditional}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				ToSimplified(bc.text)
			}
		})
	}
}
