package main

import (
	"strings"
	"testing"
)

func TestReadDict(t *testing.T) {
	got, err := readDict(strings.NewReader("工会 10 n\n\n职工 5\nbad\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []wordFreq{{"工会", 10}, {"职工", 5}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("readDict = %v, want %v", got, want)
	}
}

func TestReadDictBadFrequency(t *testing.T) {
	_, err := readDict(strings.NewReader("工会 10 n\n工作 many v\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("got %v, want an error naming line 2", err)
	}
}

func TestComposeKeepsTopWordsAndAddsExtras(t *testing.T) {
	general := []wordFreq{{"的", 100}, {"工会", 50}, {"职工", 40}, {"总工会", 3}, {"罕见", 1}}
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
		if want[w.word] != w.freq {
			t.Errorf("%s: freq %d, want %d", w.word, w.freq, want[w.word])
		}
	}
	for i := 1; i < len(got); i++ {
		if got[i-1].freq < got[i].freq {
			t.Fatalf("compose is not sorted by frequency: %v", got)
		}
	}
}

func TestComposeIsDeterministic(t *testing.T) {
	general := []wordFreq{{"甲", 5}, {"乙", 5}, {"丙", 5}}
	a := compose(general, 3, nil)
	b := compose(general, 3, nil)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("compose differs between runs: %v vs %v", a, b)
		}
	}
	if a[0].word != "丙" || a[2].word != "甲" {
		t.Errorf("equal frequencies not ordered by word: %v", a)
	}
}
