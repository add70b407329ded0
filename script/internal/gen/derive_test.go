package main

import (
	"maps"
	"slices"
	"testing"
)

// A miniature of OpenCC's dictionaries with each awkward case in it.
var (
	miniTS = dict{
		'後': {'后'},
		'乾': {'干', '乾'}, // second candidate only for names such as 乾隆
		'幹': {'干'},
		'發': {'发'},
		'髮': {'发'},
		'薴': {'苧'}, // chain: 苧 is itself converted
		'苧': {'苎'},
		'爲': {'为'},
		'衛': {'卫'},
		'鰊': {'𬶠'}, // simplified form outside the BMP
		'𠁞': {'𠀾'}, // both outside the BMP
		'覆': {'覆', '复'},
	}
	miniST = dict{
		'后': {'後', '后'},
		'干': {'幹', '乾', '干'},
		'发': {'發', '髮'},
		'苧': {'薴'},
		'为': {'爲'},
		'卫': {'衛'},
		'复': {'復', '複', '覆'},
	}
	miniHKRev = dict{'衞': {'衛'}, '抬': {'擡'}}
	miniTWRev = dict{'著': {'着'}, '衞': {'後'}}
)

func TestDerive(t *testing.T) {
	got := derive(miniTS, miniST, miniHKRev, miniTWRev)

	wantT2S := map[rune]rune{
		'後': '后', '乾': '干', '幹': '干', '發': '发', '髮': '发',
		'薴': '苎', '苧': '苎', '爲': '为', '衛': '卫', '衞': '卫',
	}
	if !maps.Equal(got.t2s, wantT2S) {
		t.Errorf("t2s = %q, want %q", got.t2s, wantT2S)
	}
	if got.skippedNotBMP != 2 {
		t.Errorf("skippedNotBMP = %d, want 2 (鰊→𬶠, 𠁞→𠀾)", got.skippedNotBMP)
	}
	wantTrad := sortedRunes("後乾幹發髮薴爲衛衞鰊𠁞")
	if !slices.Equal(got.traditionalOnly, wantTrad) {
		t.Errorf("traditionalOnly = %q, want %q", string(got.traditionalOnly), string(wantTrad))
	}
	wantSimp := sortedRunes("发为卫复")
	if !slices.Equal(got.simplifiedOnly, wantSimp) {
		t.Errorf("simplifiedOnly = %q, want %q", string(got.simplifiedOnly), string(wantSimp))
	}
}

func TestDeriveKeepsAmbiguousCharactersNeutral(t *testing.T) {
	got := derive(miniTS, miniST, miniHKRev, miniTWRev)
	for _, r := range "后干苧覆著抬" {
		if slices.Contains(got.traditionalOnly, r) || slices.Contains(got.simplifiedOnly, r) {
			t.Errorf("%c must be neutral", r)
		}
	}
	for _, r := range "著抬" {
		if _, ok := got.t2s[r]; ok {
			t.Errorf("%c is a simplified character and must not be converted", r)
		}
	}
}

func TestParseDict(t *testing.T) {
	d, err := parseDict("乾\t干 乾\n萬\t万\nAB\tC\n\n")
	if err != nil {
		t.Fatal(err)
	}
	want := dict{'乾': {'干', '乾'}, '萬': {'万'}}
	if len(d) != len(want) || !slices.Equal(d['乾'], want['乾']) || !slices.Equal(d['萬'], want['萬']) {
		t.Errorf("parseDict = %q, want %q", d, want)
	}
	if _, err := parseDict("no tab here\n"); err == nil {
		t.Error("parseDict accepted a line without a tab")
	}
}

func sortedRunes(s string) []rune {
	rs := []rune(s)
	slices.Sort(rs)
	return rs
}
