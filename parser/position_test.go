package parser

import (
	"slices"
	"strings"
	"testing"
)

// An astral character (𠀋, U+2000B) is 4 bytes, 1 rune and 2 UTF-16 units:
// Column (UTF-16) and RuneColumn must part after it, and byte offsets
// must still land on the right character.
func TestPositionAfterAstralCharacter(t *testing.T) {
	text := "工作总结\n𠀋字测试。\n"
	ix := NewLineIndex(text)
	off := strings.Index(text, "字")
	got := ix.Position(off)
	want := Position{Offset: off, Line: 2, Column: 3, RuneColumn: 2}
	if got != want {
		t.Fatalf("Position(字) = %+v, want %+v", got, want)
	}
	// An offset inside the astral character moves back to its start.
	if p := ix.Position(off - 1); p.Offset != off-4 || p.Column != 1 {
		t.Errorf("Position inside 𠀋 = %+v, want the start of 𠀋", p)
	}
}

func TestPositionOnLongLineUsesCheckpoints(t *testing.T) {
	line := strings.Repeat("𠀋职", 200) // 1,400 bytes, past several checkpoints
	ix := NewLineIndex("标题\n" + line)
	off := len("标题\n") + 7*150 // the 151st 𠀋
	p := ix.Position(off)
	if p.Line != 2 || p.RuneColumn != 301 || p.Column != 1+150*3 {
		t.Errorf("Position = %+v, want line 2, rune column 301, UTF-16 column 451", p)
	}
}

// A sentence and a finding that span a joined line break map back to the
// source bytes on both lines, newline included.
func TestOffsetsMapThroughJoinedLines(t *testing.T) {
	text := "自查报告\n全县共建成职工书屋四十二家，覆盖职工一万\n二千余人，其中𠀋字号书屋三家。\n"
	doc := buildText(t, text)
	p := doc.Paragraphs[1]
	if p.Text != "全县共建成职工书屋四十二家，覆盖职工一万二千余人，其中𠀋字号书屋三家。" {
		t.Fatalf("joined text = %q", p.Text)
	}
	if len(p.Breaks) != 1 || p.Breaks[0].Start.Line != 2 {
		t.Fatalf("breaks = %+v, want one at the end of line 2", p.Breaks)
	}
	// "一万二千" straddles the break.
	start := strings.Index(p.Text, "一万二千")
	s, e := p.Map.Source(start, start+len("一万二千"))
	if got := text[s:e]; got != "一万\n二千" {
		t.Errorf("mapped source = %q, want %q", got, "一万\n二千")
	}
	span := doc.Lines.Span(s, e)
	if span.Start.Line != 2 || span.End.Line != 3 || span.End.Column != 3 {
		t.Errorf("span = %+v, want 2:… to 3:3", span)
	}
	// The only sentence runs from line 2 to line 3; the astral character
	// after the break shifts the UTF-16 end column by one.
	if len(p.Sentences) != 1 {
		t.Fatalf("sentences = %+v", p.Sentences)
	}
	end := p.Sentences[0].Span.End
	wantRunes := len([]rune("二千余人，其中𠀋字号书屋三家。")) + 1
	if end.Line != 3 || end.RuneColumn != wantRunes || end.Column != wantRunes+1 {
		t.Errorf("sentence end = %+v, want line 3 rune column %d UTF-16 column %d", end, wantRunes, wantRunes+1)
	}
}

func TestLineIndexLineText(t *testing.T) {
	ix := NewLineIndex("一\r\n二\n\n三")
	for n, want := range map[int]string{1: "一", 2: "二", 3: "", 4: "三", 5: ""} {
		if got := ix.LineText(n); got != want {
			t.Errorf("LineText(%d) = %q, want %q", n, got, want)
		}
	}
	if ix.LineCount() != 4 {
		t.Errorf("LineCount = %d, want 4", ix.LineCount())
	}
}

func TestOffsetMapWidensInsideEntity(t *testing.T) {
	// Text "A\u00a0B" where the NBSP came from the 6 source bytes &nbsp;.
	var m OffsetMap
	m.Add(1, 0, 1, true)
	m.Add(2, 1, 7, false)
	m.Add(1, 7, 8, true)
	if s, e := m.Source(1, 2); s != 1 || e != 7 {
		t.Errorf("Source inside the entity = [%d,%d), want [1,7)", s, e)
	}
	if s, e := m.Source(3, 4); s != 7 || e != 8 {
		t.Errorf("Source after the entity = [%d,%d), want [7,8)", s, e)
	}
	if m.Len() != 4 {
		t.Errorf("Len = %d, want 4", m.Len())
	}
}

// TestSpanEqualsTwoPositions checks the walks Span and spanAfter take
// against two independent lookups, on every range of a text with astral
// characters, CRLF line ends, invalid bytes and a line longer than the
// checkpoint spacing.
func TestSpanEqualsTwoPositions(t *testing.T) {
	text := "一、总体情况\r\n𠀋工会\xe4\xb8A年度，" + strings.Repeat("职工之家建设", 30) + "\n\n末行𠀋x"
	ix := NewLineIndex(text)
	for start := -1; start <= len(text)+1; start++ {
		for end := start - 2; end <= len(text)+1; end++ {
			want := Span{Start: ix.Position(start), End: ix.Position(max(end, start))}
			if got := ix.Span(start, end); got != want {
				t.Fatalf("Span(%d, %d) = %+v, want %+v", start, end, got, want)
			}
			for _, hint := range []int{0, start - 7, start - 1, start, start + 3} {
				from := ix.Position(hint)
				if got := ix.spanAfter(from, start, end); got != want {
					t.Fatalf("spanAfter(%+v, %d, %d) = %+v, want %+v", from, start, end, got, want)
				}
			}
		}
	}
}

// TestLineIndexCountingAgreesWithDecoding builds the index of valid texts
// both ways, counting bytes (valid UTF-8) and decoding characters (the
// path for text that is not UTF-8), and compares the line starts, the
// checkpoints and the position of every offset.
func TestLineIndexCountingAgreesWithDecoding(t *testing.T) {
	texts := []string{
		"", "\n", "a", "工作总结\n𠀋字测试。\r\n\n末行",
		strings.Repeat("𠀋职a\n", 60), strings.Repeat("职", 200) + "\n" + strings.Repeat("ab𠀋", 90),
		strings.Repeat("x", 127) + "工" + strings.Repeat("y", 126) + "𠀋\n",
	}
	for _, text := range texts {
		fast := NewLineIndex(text)
		slow := &LineIndex{text: text, lineStarts: []int{0}}
		slow.decodeAll()
		if !fast.valid || slices.Compare(fast.lineStarts, slow.lineStarts) != 0 || !slices.Equal(fast.checkpoints, slow.checkpoints) {
			t.Fatalf("%q: index differs:\nlines %v / %v\ncheckpoints %v\n/ %v", text, fast.lineStarts, slow.lineStarts, fast.checkpoints, slow.checkpoints)
		}
		for off := 0; off <= len(text); off++ {
			if got, want := fast.Position(off), slow.Position(off); got != want {
				t.Fatalf("%q: Position(%d) = %+v, want %+v", text, off, got, want)
			}
		}
	}
}

// A byte that is not UTF-8 counts as one character, as the decoder reads
// it; the index then decodes instead of counting bytes.
func TestLineIndexOnInvalidUTF8(t *testing.T) {
	text := "\xff工\n\xe4\xb8a"
	ix := NewLineIndex(text)
	if ix.valid {
		t.Fatal("an invalid text was taken for UTF-8")
	}
	if p := ix.Position(len(text) - 1); p != (Position{Offset: len(text) - 1, Line: 2, Column: 3, RuneColumn: 3}) {
		t.Errorf("Position(a) = %+v, want line 2, column 3", p)
	}
	if p := ix.Position(4); p != (Position{Offset: 4, Line: 1, Column: 3, RuneColumn: 3}) {
		t.Errorf("Position(\\n) = %+v, want line 1, column 3", p)
	}
}
