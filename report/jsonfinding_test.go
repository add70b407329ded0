package report

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gwlint/gwlint/finding"
)

// contractFinding maps a finding to the documented contract shape, the
// reference appendFindingJSON is held to.
func contractFinding(fd finding.Finding, path string) jsonFinding {
	suggestions := make([]jsonSuggestion, 0, len(fd.Suggestions))
	for _, s := range fd.Suggestions {
		suggestions = append(suggestions, jsonSuggestion{Description: s.Description, Replacement: s.Replacement, Safe: s.Safe})
	}
	return jsonFinding{
		Rule: fd.Rule, Category: fd.Category, Severity: fd.Severity.String(), Message: fd.Message, Path: path,
		Start:       jsonPosition{Line: fd.Start.Line, Column: fd.Start.Column, Offset: fd.Start.Offset},
		End:         jsonPosition{Line: fd.End.Line, Column: fd.End.Column, Offset: fd.End.Offset},
		Text:        fd.Text,
		Section:     fd.Section,
		Suggestions: suggestions,
	}
}

// checkFindingJSON fails when the fast encoding of fd differs from the
// reflection-based one.
func checkFindingJSON(t *testing.T, fd finding.Finding, path string) {
	t.Helper()
	want, err := compactJSON(contractFinding(fd, path))
	if err != nil {
		t.Fatal(err)
	}
	if got := appendFindingJSON(nil, fd, path); string(got) != string(want) {
		t.Fatalf("appendFindingJSON\n got %s\nwant %s", got, want)
	}
}

// jsonAlphabet holds what the two encodings must treat alike: every
// escaped ASCII byte, HTML characters (not escaped), invisible format
// characters at both ends of the fast range, line separators, broken
// UTF-8, astral characters, and plain Han text with full-width punctuation.
var jsonAlphabet = []string{
	"\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\x00", "\x1b", "\x1f", "\x7f", "<", ">", "&", " ", "a",
	"工", "会", "，", "。", "“", "”", "（", "𠀋",
	"\u00ad", "\u061c", "\u200b", "\u200e", "\u202e", "\u2060", "\u206f", "\u2070", "\ufeff", "\ufefe", "\ufff9",
	"\u2028", "\u2029", "\U000e0001", "\U0001d173", "\xff", "\xe5\xb7", "\xed\xa0\x80", "\ufffd",
}

func TestAppendFindingJSON(t *testing.T) {
	base := finding.Finding{
		Rule: "placeholder/unfilled", Category: "placeholder", Severity: finding.SeverityError,
		Message: "未填写的占位符“XX”", Text: "XX", Section: "一、工作开展情况 > （一）组织建设",
		Start: finding.Position{Line: 3, Column: 5, Offset: 40}, End: finding.Position{Line: 3, Column: 7, Offset: 42},
	}
	checkFindingJSON(t, base, "reports/总结.txt")

	withSuggestions := base
	withSuggestions.Suggestions = []finding.Suggestion{{Description: "填写年份", Replacement: "2024", Safe: true}, {}}
	checkFindingJSON(t, withSuggestions, "a.txt")

	nilSuggestions := base // the engine always sets them, but nil must not write null
	nilSuggestions.Suggestions = nil
	checkFindingJSON(t, nilSuggestions, "")

	odd := base
	odd.Severity = finding.Severity(42)
	odd.Start = finding.Position{Line: -1, Column: 0, Offset: -7}
	checkFindingJSON(t, odd, "C:\\docs\\报告.docx")

	for _, s := range jsonAlphabet {
		fd := base
		fd.Text, fd.Message, fd.Section = s, "前"+s+"后", s+s
		fd.Suggestions = []finding.Suggestion{{Description: s, Replacement: "x" + s}}
		checkFindingJSON(t, fd, "dir/"+s)
	}
}

// TestAppendFindingJSONRandom compares the encodings on random strings over
// jsonAlphabet.
func TestAppendFindingJSONRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	randomString := func() string {
		var b strings.Builder
		for range rng.IntN(10) {
			b.WriteString(jsonAlphabet[rng.IntN(len(jsonAlphabet))])
		}
		return b.String()
	}
	for range 5000 {
		fd := finding.Finding{Rule: randomString(), Category: randomString(), Message: randomString(),
			Text: randomString(), Section: randomString(), Severity: finding.Severity(rng.IntN(5)),
			Suggestions: []finding.Suggestion{{Description: randomString(), Replacement: randomString(), Safe: rng.IntN(2) == 0}}}
		checkFindingJSON(t, fd, randomString())
	}
}

func FuzzAppendFindingJSON(f *testing.F) {
	for _, s := range jsonAlphabet {
		f.Add(s+"职工"+s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		fd := finding.Finding{Rule: s, Message: s, Text: s, Section: s,
			Start:       finding.Position{Line: n, Column: -n, Offset: n * 3},
			Suggestions: []finding.Suggestion{{Replacement: s, Description: s, Safe: n%2 == 0}}}
		checkFindingJSON(t, fd, s)
	})
}

// TestCJKRange3 checks every three-byte sequence with a three-byte lead:
// whatever isCJKRange3 passes must decode to one rune that is written as
// is, which is what lets appendJSONString skip decoding it.
func TestCJKRange3(t *testing.T) {
	passed := 0
	for lead := 0xE0; lead <= 0xEF; lead++ {
		for b1 := range 256 {
			for b2 := range 256 {
				s := string([]byte{byte(lead), byte(b1), byte(b2)})
				if !isCJKRange3(s, 0) {
					continue
				}
				passed++
				r, size := utf8.DecodeRuneInString(s)
				if size != 3 || r == utf8.RuneError || !visible(r) || r == '\u2028' || r == '\u2029' {
					t.Fatalf("isCJKRange3 passes % x, which decodes to %U (%d bytes)", s, r, size)
				}
			}
		}
	}
	if passed != 11*64*64 {
		t.Errorf("isCJKRange3 passes %d sequences, want all of U+3000..U+CFFF and U+E000..U+EFFF", passed)
	}
	if isCJKRange3("工"[:2], 0) {
		t.Error("a truncated sequence passed")
	}
}
