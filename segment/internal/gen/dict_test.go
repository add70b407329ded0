package main

import (
	"testing"

	"github.com/gwlint/gwlint/internal/gsedict"
)

func TestComposeKeepsTopWordsAndAddsExtras(t *testing.T) {
	general := []gsedict.Entry{{Word: "的", Freq: 100}, {Word: "工会", Freq: 50}, {Word: "职工", Freq: 40}, {Word: "总工会", Freq: 3}, {Word: "罕见", Freq: 1}}
	got := compose(general, 2, []extraSet{
		{words: []string{"县总工会", "总工会", "的"}, floor: 20},
		{words: []string{"布署"}, floor: 3},
	})
	want := map[string]int64{
		"的":    100, // top word; the floor never lowers a frequency
		"工会":   50,  // top word
		"县总工会": 20,  // new term at its floor
		"总工会":  20,  // known word below the floor is raised
		"布署":   3,
	}
	if len(got) != len(want) {
		t.Fatalf("compose = %v, want %v", got, want)
	}
	for _, w := range got {
		if want[w.Word] != w.Freq {
			t.Errorf("%s: freq %d, want %d", w.Word, w.Freq, want[w.Word])
		}
	}
	for i := 1; i < len(got); i++ {
		if got[i-1].Freq < got[i].Freq {
			t.Fatalf("compose is not sorted by frequency: %v", got)
		}
	}
}

func TestComposeIsDeterministic(t *testing.T) {
	general := []gsedict.Entry{{Word: "甲", Freq: 5}, {Word: "乙", Freq: 5}, {Word: "丙", Freq: 5}}
	a := compose(general, 3, nil)
	b := compose(general, 3, nil)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("compose differs between runs: %v vs %v", a, b)
		}
	}
	if a[0].Word != "丙" || a[2].Word != "甲" {
		t.Errorf("equal frequencies not ordered by word: %v", a)
	}
}
