package lint

import (
	"context"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/parser/charset"
)

func TestFixAppliesSafeSuggestionsAndKeepsEncoding(t *testing.T) {
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	text := "县总工会2024年工作总结\n今年,我们开展了帮扶活动。存在的问题是宣传不够。下一步将继续加强宣传。\n"
	data, err := charset.Encode(text, charset.GB18030, false)
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.Fix(context.Background(), "总结.txt", data, parser.Options{}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Applied == 0 || res.Output == nil {
		t.Fatalf("nothing fixed: %+v", res)
	}
	back, err := charset.Decode(res.Output, charset.GB18030)
	if err != nil {
		t.Fatalf("output is not GB18030: %v", err)
	}
	if !strings.Contains(back.Text, "今年，我们") {
		t.Errorf("half-width comma not fixed: %q", back.Text)
	}
	if strings.Count(back.Text, "\n") != strings.Count(text, "\n") {
		t.Errorf("line count changed: %q", back.Text)
	}
}

func TestFixLeavesUnsafeSuggestionsAndRespectsTheRuleFilter(t *testing.T) {
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	text := "县总工会关于开展职工书屋建设的通知\n各基层工会要认真布署,XX年底前完成。\n"
	res, err := e.Fix(context.Background(), "a.txt", []byte(text), parser.Options{}, nil, func(rule string) bool { return rule == "punctuation/halfwidth" })
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.After, "布署，XX") {
		t.Errorf("want only the comma fixed, got %q", res.After)
	}
}

func TestFixRefusesDocx(t *testing.T) {
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Fix(context.Background(), "a.docx", []byte("PK\x03\x04"), parser.Options{}, nil, nil); err == nil {
		t.Error("docx accepted")
	}
}

func TestSafeEditsDropOverlapsAndUnsafe(t *testing.T) {
	at := func(start, end int, repl string, safe bool) finding.Finding {
		return finding.Finding{Rule: "r/x", Start: finding.Position{Offset: start}, End: finding.Position{Offset: end},
			Suggestions: []finding.Suggestion{{Replacement: repl, Safe: safe}}}
	}
	edits := safeEdits([]finding.Finding{at(4, 4, "Y", true), at(1, 3, "X", true), at(2, 5, "Z", true), at(5, 6, "W", false)}, nil)
	if got := applyEdits("abcdef", edits); got != "aXdYef" {
		t.Errorf("applyEdits = %q, want aXdYef (overlapping and unsafe edits dropped)", got)
	}
}
