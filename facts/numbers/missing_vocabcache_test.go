package numbers

import (
	"testing"

	"github.com/gwlint/gwlint/facts"
)

// TestGapVocabIsBuiltOncePerEngine checks that the vocabulary is built once
// per memo (one per engine) and that an engine with other data files never
// sees another one's words.
func TestGapVocabIsBuiltOncePerEngine(t *testing.T) {
	engine := func(unit string) *facts.Env {
		return &facts.Env{Memo: &facts.Memo{}, Data: map[string]any{"numbers": map[string]any{"missing_value": map[string]any{
			"units": []any{map[string]any{"unit": unit, "always": true}},
		}}}}
	}
	first, second := engine("元整"), engine("万元")
	v1 := loadGapVocab(first)
	if again := loadGapVocab(first); again != v1 {
		t.Error("the same engine built a second vocabulary")
	}
	if v2 := loadGapVocab(second); len(v2.units) != 1 || v2.units[0].text != "万元" {
		t.Fatalf("the second engine's data gave units %+v", v2.units)
	}
	if back := loadGapVocab(first); len(back.units) != 1 || back.units[0].text != "元整" {
		t.Errorf("the first engine's vocabulary became %+v", back.units)
	}
	if empty := loadGapVocab(nil); len(empty.units) != 0 || empty.monthUnit != "" {
		t.Errorf("no data gave a vocabulary %+v", empty)
	}
	noMemo := &facts.Env{Data: first.Data}
	if a, b := loadGapVocab(noMemo), loadGapVocab(noMemo); a == b {
		t.Error("without a memo the vocabulary was kept")
	}
}
