package scriptmix

import (
	"testing"

	"github.com/gwlint/gwlint/script"
)

func TestRegionalSetHoldsExactlyTheForms(t *testing.T) {
	want := map[rune]bool{}
	for _, r := range regionalTraditionalForms {
		want[r] = true
	}
	for r := rune(0); r <= 0xFFFF; r++ {
		if got := regionalTraditional.has(r); got != want[r] {
			t.Fatalf("regionalTraditional.has(%q) = %v, want %v", r, got, want[r])
		}
	}
	if regionalTraditional.has(-1) || regionalTraditional.has(0x20000) {
		t.Error("runes outside the BMP must not be members")
	}
}

func TestTallyParagraph(t *testing.T) {
	// 會, 議 and 發 are traditional-only; 会 is simplified-only; 温 and 户 are
	// regional forms, neutral here although script.Count counts them as
	// simplified-only.
	text := "會議發言，会温户a"
	used := map[rune]bool{}
	got := tallyParagraph(text, used)
	plain := script.Count(text)
	if got.Han != plain.Han || got.TraditionalOnly != plain.TraditionalOnly {
		t.Errorf("tallyParagraph changed the Han or traditional counts: %+v vs %+v", got, plain)
	}
	if got.SimplifiedOnly != plain.SimplifiedOnly-2 {
		t.Errorf("SimplifiedOnly = %d, want %d (two regional forms made neutral)", got.SimplifiedOnly, plain.SimplifiedOnly-2)
	}
	if !used['會'] || !used['議'] || !used['發'] || len(used) != 3 {
		t.Errorf("used = %v, want exactly 會, 議 and 發", used)
	}
}

// TestRegionalFormsAreSimplifiedHan guards what tallyParagraph relies on:
// making a regional form neutral only ever takes it out of the
// simplified-only count, never out of another one.
func TestRegionalFormsAreSimplifiedHan(t *testing.T) {
	for _, r := range regionalTraditionalForms {
		if c := script.Classify(r); c != script.SimplifiedOnly || !script.IsHan(r) {
			t.Errorf("%q is classified %v (Han: %v), want a simplified-only Han character", r, c, script.IsHan(r))
		}
	}
}

// TestScriptSpecificCharactersAreHan guards what extractScriptMix relies on
// to skip paragraphs: tallyParagraph counts only Han characters, so a
// script-specific character that is not Han would be missed.
func TestScriptSpecificCharactersAreHan(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if scriptClass(r) != script.Neutral && !script.IsHan(r) {
			t.Fatalf("%U is %v but not a Han character", r, scriptClass(r))
		}
	}
}

// TestIsHanAgreesWithScript checks the bitmap against script.IsHan for
// every character of the BMP and a few beyond.
func TestIsHanAgreesWithScript(t *testing.T) {
	for r := rune(-1); r <= 0x10FFFF; r++ {
		if r > 0xFFFF && r%97 != 0 && r != 0x20000 {
			continue // outside the BMP isHan defers to script.IsHan anyway
		}
		if got, want := isHan(r), script.IsHan(r); got != want {
			t.Fatalf("isHan(%U) = %v, script.IsHan says %v", r, got, want)
		}
	}
}
