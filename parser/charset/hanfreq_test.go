package charset

import "testing"

func TestEmbeddedHanfreqTable(t *testing.T) {
	ranks := frequentHan()
	n := 0
	for _, r := range ranks.rankP1 {
		if r != 0 {
			n++
		}
	}
	if n < 4000 {
		t.Fatalf("table has %d characters; want the union of two 3,000-character lists", n)
	}
	for _, c := range "的一是工会作总结縣總會職" {
		if _, ok := ranks.rank(c); !ok {
			t.Errorf("%c missing from the frequent set", c)
		}
	}
	for _, c := range "龘齉𠀋a，" {
		if _, ok := ranks.rank(c); ok {
			t.Errorf("%c in the frequent set", c)
		}
	}
	if r, _ := ranks.rank('的'); r > 50 {
		t.Errorf("rank of 的 = %d; want near the top", r)
	}
}

func TestParseHanfreq(t *testing.T) {
	table := "# comment\tignored\nsimplified\t的工会\ntraditional\t會的\nno tab here\n"
	got := parseHanfreq(table)
	want := map[rune]int{'的': 0, '工': 1, '会': 2, '會': 0}
	for c, r := range want {
		if rank, ok := got.rank(c); !ok || rank != r {
			t.Errorf("rank of %c = %d, %v; want %d", c, rank, ok, r)
		}
	}
	for _, c := range "是一𠀋" {
		if rank, ok := got.rank(c); ok {
			t.Errorf("%c has rank %d; want none", c, rank)
		}
	}
}
