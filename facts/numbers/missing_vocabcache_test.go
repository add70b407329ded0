package numbers

import (
	"testing"

	"github.com/gwlint/gwlint/facts"
)

// TestGapVocabCacheFollowsTheData checks that the vocabulary is built once
// for one data map and rebuilt for another, so a second engine with other
// data files never sees the first one's words.
func TestGapVocabCacheFollowsTheData(t *testing.T) {
	dataWith := func(unit string) *facts.Env {
		return &facts.Env{Data: map[string]any{"numbers": map[string]any{"missing_value": map[string]any{
			"units": []any{map[string]any{"unit": unit, "always": true}},
		}}}}
	}
	first, second := dataWith("元整"), dataWith("万元")
	v1 := loadGapVocab(first)
	if again := loadGapVocab(first); again != v1 {
		t.Error("the same data built a second vocabulary")
	}
	v2 := loadGapVocab(second)
	if len(v2.units) != 1 || v2.units[0].text != "万元" {
		t.Fatalf("second data gave units %+v", v2.units)
	}
	if back := loadGapVocab(first); len(back.units) != 1 || back.units[0].text != "元整" {
		t.Errorf("back to the first data gave units %+v", back.units)
	}
	if empty := loadGapVocab(nil); len(empty.units) != 0 || empty.monthUnit != "" {
		t.Errorf("no data gave a vocabulary %+v", empty)
	}
}
