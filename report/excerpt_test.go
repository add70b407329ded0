package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gwlint/gwlint/finding"
)

func TestRenderExcerpt(t *testing.T) {
	cases := []struct {
		name                string
		line                string
		start, end          int
		wantLine, wantUnder string
	}{
		{"Han span after Han text", "我们认真落实，，全面推进", 6, 8,
			"我们认真落实，，全面推进", "            ^~~~"},
		{"astral character before the span", "𠀋县总工会，，", 5, 7,
			"𠀋县总工会，，", "          ^~~~"},
		{"ASCII placeholder among Han", "慰问困难职工XX名", 6, 8,
			"慰问困难职工XX名", "            ^~"},
		{"tab expanded to the tab stop", "\t部分,制度", 3, 4,
			"    部分,制度", "        ^"},
		{"combining mark takes no column", "e\u0301x", 2, 3,
			"e\u0301x", " ^"},
		{"span past the end of the line", "三、下一步工作", 2, 40,
			"三、下一步工作", "    ^~~~~~~~~~"},
		{"insertion point at the line end", "全年共支出", 5, 5,
			"全年共支出", "          ^"},
		{"zero-width space shown visibly", "工作\u200b总结", 2, 3,
			"工作<U+200B>总结", "    ^~~~~~~~"},
		{"CRLF line ending dropped", "总结\r\n", 0, 2,
			"总结", "^~~~"},
		{"start beyond the line clamps to its end", "总结", 9, 3,
			"总结", "    ^"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := renderExcerpt(c.line, c.start, c.end)
			if got.line != c.wantLine || got.underline != c.wantUnder {
				t.Errorf("got\n%q\n%q\nwant\n%q\n%q", got.line, got.underline, c.wantLine, c.wantUnder)
			}
		})
	}
}

// caretColumn is the display column (0-based) of the caret in underline.
func caretColumn(t *testing.T, underline string) int {
	t.Helper()
	i := strings.IndexByte(underline, '^')
	if i < 0 {
		t.Fatalf("no caret in %q", underline)
	}
	return stringWidth(underline[:i])
}

// displayPrefixWidth is the display width of shown up to its first needle.
func displayPrefixWidth(t *testing.T, shown, needle string) int {
	t.Helper()
	i := strings.Index(shown, needle)
	if i < 0 {
		t.Fatalf("%q not in shown line %q", needle, shown)
	}
	return stringWidth(shown[:i])
}

func TestLongLineIsWindowedAroundSpan(t *testing.T) {
	paragraph := strings.Repeat("切实维护职工合法权益，", 250) // 2,750 runes, 5,500 columns
	cases := []struct {
		name   string
		needle string
		line   string
	}{
		{"span in the middle", "￥", paragraph + "共支出￥元整" + paragraph},
		{"span at the start", "￥", "￥" + paragraph},
		{"span at the end", "￥", paragraph + "￥"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := utf8.RuneCountInString(c.line[:strings.Index(c.line, c.needle)])
			ex := renderExcerpt(c.line, start, start+1)
			if w := stringWidth(ex.line); w > maxExcerptWidth {
				t.Errorf("shown line is %d columns wide, limit %d", w, maxExcerptWidth)
			}
			if !strings.Contains(ex.line, cutMark) {
				t.Errorf("shown line has no %s mark: %q", cutMark, ex.line)
			}
			if got, want := caretColumn(t, ex.underline), displayPrefixWidth(t, ex.line, c.needle); got != want {
				t.Errorf("caret at column %d, span shown at column %d", got, want)
			}
			if strings.TrimLeft(ex.underline, " ") != "^~" {
				t.Errorf("underline %q should cover the one wide character", ex.underline)
			}
		})
	}
}

func TestLongSpanKeepsItsStartInView(t *testing.T) {
	line := strings.Repeat("甲", 30) + strings.Repeat("乙", 200)
	ex := renderExcerpt(line, 30, 230)
	if got := caretColumn(t, ex.underline); got != 1+minContextWidth {
		t.Errorf("caret at column %d, want %d (cut mark + context)", got, 1+minContextWidth)
	}
	if stringWidth(ex.line) > maxExcerptWidth || stringWidth(ex.underline) > maxExcerptWidth {
		t.Errorf("excerpt wider than %d: %q / %q", maxExcerptWidth, ex.line, ex.underline)
	}
}

func TestSpanRunes(t *testing.T) {
	line := "𠀋县总工会，，扎实推进"
	cases := []struct {
		name       string
		f          finding.Finding
		start, end int
	}{
		{"rune columns preferred", finding.Finding{LineText: line,
			Start: finding.Position{Line: 3, Column: 7, RuneColumn: 6}, End: finding.Position{Line: 3, Column: 9, RuneColumn: 8}}, 5, 7},
		{"UTF-16 columns when rune columns are missing", finding.Finding{LineText: line,
			Start: finding.Position{Line: 3, Column: 7}, End: finding.Position{Line: 3, Column: 9}}, 5, 7},
		{"span onto later lines runs to the line end", finding.Finding{LineText: line,
			Start: finding.Position{Line: 3, Column: 7, RuneColumn: 6}, End: finding.Position{Line: 5, Column: 2, RuneColumn: 2}}, 5, 11},
		{"no end position: length of the text", finding.Finding{LineText: line, Text: "，，",
			Start: finding.Position{Line: 3, Column: 7, RuneColumn: 6}}, 5, 7},
		{"reversed end clamps to start", finding.Finding{LineText: line,
			Start: finding.Position{Line: 3, Column: 7, RuneColumn: 6}, End: finding.Position{Line: 2, Column: 1, RuneColumn: 1}}, 5, 5},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start, end := spanRunes(c.f)
			if start != c.start || end != c.end {
				t.Errorf("spanRunes = [%d, %d), want [%d, %d)", start, end, c.start, c.end)
			}
		})
	}
}
