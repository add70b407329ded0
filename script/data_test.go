package script

import (
	"strings"
	"testing"
	"unicode"
)

func TestEmbeddedTables(t *testing.T) {
	tabs, err := loadTables(t2sText, traditionalOnlyText, simplifiedOnlyText)
	if err != nil {
		t.Fatal(err)
	}
	pairs := 0
	for from, to := range tabs.t2s {
		if to == 0 {
			continue
		}
		pairs++
		if c := tabs.class(rune(to)); c == TraditionalOnly {
			t.Errorf("%c maps to %c, which is itself traditional-only", rune(from), rune(to))
		}
		if tabs.t2s[to] != 0 {
			t.Errorf("%c maps to %c, which maps on: ToSimplified would not be idempotent", rune(from), rune(to))
		}
		if c := tabs.class(rune(from)); c == SimplifiedOnly {
			t.Errorf("%c is simplified-only but converted", rune(from))
		}
	}
	perClass := map[Class]int{}
	check := func(r rune, c Class) {
		perClass[c]++
		if !unicode.Is(unicode.Han, r) {
			t.Errorf("%q (U+%04X) is listed as %s but is not Han", r, r, c)
		}
	}
	for r, c := range tabs.classBMP {
		if c != Neutral {
			check(rune(r), c)
		}
	}
	for r, c := range tabs.classAstral {
		check(r, c)
	}
	// OpenCC 1.1.6 gives 2,961 / 4,104 / 3,804; a regeneration that loses a
	// dictionary or most of one falls far below these floors.
	if pairs < 2500 || perClass[TraditionalOnly] < 3500 || perClass[SimplifiedOnly] < 3500 {
		t.Errorf("tables too small: %d pairs, %d traditional-only, %d simplified-only",
			pairs, perClass[TraditionalOnly], perClass[SimplifiedOnly])
	}
}

func TestLoadTablesRejectsCorruptData(t *testing.T) {
	const okPairs, okTrad, okSimp = "# comment\n後后\n", "後\n", "发\n"
	if _, err := loadTables(okPairs, okTrad, okSimp); err != nil {
		t.Fatalf("valid miniature rejected: %v", err)
	}
	tests := []struct {
		name, pairs, trad, simp, wantErr string
	}{
		{"one character", "後\n", okTrad, okSimp, "line 1"},
		{"three characters", "# x\n後后后\n", okTrad, okSimp, "line 2"},
		{"astral simplified form", "鰊𬶠\n", okTrad, okSimp, "3-byte"},
		{"ASCII", "ab\n", okTrad, okSimp, "3-byte"},
		{"maps to itself", "後後\n", okTrad, okSimp, "itself"},
		{"duplicate key", "後后\n後后\n", okTrad, okSimp, "twice"},
		{"invalid UTF-8 in pairs", "\xe5\xbe后\n", okTrad, okSimp, "t2s.txt"},
		{"invalid UTF-8 in set", okPairs, "後\xff\n", okSimp, "traditional_only.txt"},
		{"in both sets", okPairs, "後发\n", okSimp, "both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadTables(tt.pairs, tt.trad, tt.simp)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("loadTables error = %v, want one mentioning %q", err, tt.wantErr)
			}
		})
	}
}

func TestEmptyTablesConvertNothing(t *testing.T) {
	tabs, err := loadTables("", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if tabs.leadLo <= tabs.leadHi {
		t.Errorf("empty table has lead range %#x..%#x, want an empty range", tabs.leadLo, tabs.leadHi)
	}
}
