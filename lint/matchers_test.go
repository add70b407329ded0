package lint

import "testing"

func TestPatternListResolvesOverlapsLeftmostLongest(t *testing.T) {
	pl, err := compilePatterns(map[string]any{"patterns": map[string]any{"p": []any{
		map[string]any{"regex": "[*]+"},
		map[string]any{"regex": `[*]{1,4}年[*]{1,2}月[*]{1,2}日`},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	text := "****年*月**日，党员**人"
	got := pl[0].find(text, text)
	if len(got) != 2 {
		t.Fatalf("got %d matches, want 2: %+v", len(got), got)
	}
	if m := got[0]; text[m.start:m.end] != "****年*月**日" || m.entry != 1 {
		t.Errorf("first match %q entry %d, want the date mask", text[m.start:m.end], m.entry)
	}
	if m := got[1]; text[m.start:m.end] != "**" {
		t.Errorf("second match %q, want **", text[m.start:m.end])
	}
}

func TestPatternUnlessWordsExcuseOverlappingMatches(t *testing.T) {
	pl, err := compilePatterns(map[string]any{"patterns": map[string]any{"typo": []any{
		map[string]any{"literal": "帐", "unless": []any{"帐篷", "蚊帐"}},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	text := "搭建帐篷，挂好蚊帐，核对帐目。"
	got := pl[0].find(text, text)
	if len(got) != 1 || text[got[0].start:got[0].end] != "帐" || got[0].start != len("搭建帐篷，挂好蚊帐，核对") {
		t.Fatalf("got %+v, want only the 帐 of 帐目", got)
	}
}

func TestPatternOriginalVersusSimplified(t *testing.T) {
	pl, err := compilePatterns(map[string]any{"patterns": map[string]any{"p": []any{
		map[string]any{"literal": "问题"},
		map[string]any{"literal": "睏難", "on": "original"},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	text := "存在的問題，做好睏難職工幫扶"
	norm := toSimplified(text)
	got := pl[0].find(text, norm)
	if len(got) != 2 {
		t.Fatalf("got %+v, want 問題 via the simplified text and 睏難 in the original", got)
	}
}

func TestCompilePatternsRejectsBadEntries(t *testing.T) {
	for name, entry := range map[string]map[string]any{
		"no pattern":   {},
		"both":         {"regex": "a", "literal": "a"},
		"bad regex":    {"regex": "("},
		"empty match":  {"regex": "a*"},
		"bad on":       {"literal": "a", "on": "both"},
		"bad boundary": {"literal": "a", "boundary": "char"},
	} {
		if _, err := compilePatterns(map[string]any{"patterns": map[string]any{"p": []any{entry}}}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestPatternRolesApplyBeforeOverlaps(t *testing.T) {
	pl, err := compilePatterns(map[string]any{"patterns": map[string]any{"site": []any{
		map[string]any{"regex": "来源：.*网", "roles": []any{"preamble"}},
		map[string]any{"regex": "来源：.*网"},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	text := "来源：中国公文写作网"
	if got := pl[0].findIn(text, text, "body"); len(got) != 1 || got[0].entry != 1 {
		t.Errorf("in a body paragraph the preamble-only entry must not hide the other: %+v", got)
	}
	if got := pl[0].findIn(text, text, "preamble"); len(got) != 1 || got[0].entry != 0 {
		t.Errorf("in the preamble the first entry wins: %+v", got)
	}
}
