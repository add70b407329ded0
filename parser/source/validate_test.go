package source

import (
	"strings"
	"testing"
)

// validText is 工作总结 (four Han characters, 12 bytes) then a newline and
// a 4-byte astral character, so that offsets inside characters exist.
const validText = "工作总结\n𠀋"

// validSource is a Source every reader could return for validText: a
// verbatim heading, a zero-width generated label followed by text, and
// one comment of each kind.
func validSource() *Source {
	return &Source{
		Text: validText,
		Blocks: []Block{
			{Kind: Heading, Level: 1, Segments: []Segment{{Start: 0, End: 6, Text: "工作"}}},
			{Kind: ListItem, Level: 1, AutoLabel: 2, Segments: []Segment{
				{Start: 6, End: 6, Text: "1."},
				{Start: 6, End: 12, Text: "总结"},
			}},
			{Kind: Line, Segments: []Segment{{Start: 13, End: 17, Text: "𠀋"}}},
		},
		Comments: []Comment{
			{Start: 0, End: 6, Text: "批注", AnchorStart: 0, AnchorEnd: 6},
			{Start: 6, End: 12, Text: "c", AnchorStart: -1, AnchorEnd: -1},
		},
	}
}

func TestValidateAcceptsWellFormedSources(t *testing.T) {
	tests := []struct {
		name string
		src  *Source
	}{
		{"every kind of block and comment", validSource()},
		{"empty source", &Source{}},
		{"decoded text differs from the source", &Source{Text: "&nbsp;", Blocks: []Block{
			{Kind: Paragraph, Segments: []Segment{{Start: 0, End: 6, Text: "\u00a0"}}},
		}}},
		{"empty anchor of a Word comment", &Source{Text: "甲", Comments: []Comment{
			{Start: 3, End: 3, AnchorStart: 3, AnchorEnd: 3},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.src.Validate(); err != nil {
				t.Errorf("Validate() = %v, want nil", err)
			}
		})
	}
}

// TestValidateReportsTheBrokenInvariant breaks one invariant at a time in
// an otherwise valid Source and checks that the error names it and where.
func TestValidateReportsTheBrokenInvariant(t *testing.T) {
	tests := []struct {
		name    string
		corrupt func(s *Source)
		want    []string // substrings of the error
	}{
		{"invalid UTF-8 text", func(s *Source) { s.Text = "工\xff" }, []string{"source text is not valid UTF-8"}},
		{"unknown kind", func(s *Source) { s.Blocks[0].Kind = "figure" }, []string{"block 0", `unknown kind "figure"`}},
		{"negative level", func(s *Source) { s.Blocks[2].Level = -1 }, []string{"block 2", "negative level -1"}},
		{"block without segments", func(s *Source) { s.Blocks[2].Segments = nil }, []string{"block 2", "no segments"}},
		{"label longer than the text", func(s *Source) { s.Blocks[1].AutoLabel = 9 }, []string{"block 1", "AutoLabel 9"}},
		{"negative label", func(s *Source) { s.Blocks[1].AutoLabel = -1 }, []string{"block 1", "AutoLabel -1"}},
		{"segment past the end", func(s *Source) { s.Blocks[2].Segments[0].End = 18 }, []string{"block 2 segment 0", "out of bounds", "17 bytes"}},
		{"negative start", func(s *Source) { s.Blocks[0].Segments[0].Start = -1 }, []string{"block 0 segment 0", "out of bounds"}},
		{"reversed segment", func(s *Source) { s.Blocks[0].Segments[0] = Segment{Start: 6, End: 3, Text: "工"} }, []string{"block 0 segment 0", "out of bounds"}},
		{"start inside a character", func(s *Source) { s.Blocks[0].Segments[0].Start = 1 }, []string{"block 0 segment 0", "splits a character"}},
		{"end inside an astral character", func(s *Source) { s.Blocks[2].Segments[0].End = 15 }, []string{"block 2 segment 0", "splits a character"}},
		{"overlap within a block", func(s *Source) { s.Blocks[1].Segments[1].Start = 3 }, []string{"block 1 segment 1", "before the previous segment ends at 6"}},
		{"overlap across blocks", func(s *Source) { s.Blocks[1].Segments[0] = Segment{Start: 3, End: 3, Text: "1."} }, []string{"block 1 segment 0", "ends at 6"}},
		{"blocks out of order", func(s *Source) { s.Blocks[0], s.Blocks[2] = s.Blocks[2], s.Blocks[0] }, []string{"block 1 segment 0", "ends at 17"}},
		{"empty segment text", func(s *Source) { s.Blocks[0].Segments[0].Text = "" }, []string{"block 0 segment 0", "empty text"}},
		{"invalid UTF-8 in a segment", func(s *Source) { s.Blocks[0].Segments[0].Text = "\xe5\xb7" }, []string{"block 0 segment 0", "not valid UTF-8"}},
		{"comment past the end", func(s *Source) { s.Comments[1].End = 99 }, []string{"comment 1", "out of bounds"}},
		{"reversed comment", func(s *Source) { s.Comments[1].Start, s.Comments[1].End = 12, 6 }, []string{"comment 1", "out of bounds"}},
		{"empty markup comment", func(s *Source) { s.Comments[1].End = 6 }, []string{"comment 1", "covers no text"}},
		{"half an anchor", func(s *Source) { s.Comments[1].AnchorEnd = 3 }, []string{"comment 1", "anchor out of bounds"}},
		{"anchor past the end", func(s *Source) { s.Comments[0].AnchorEnd = 20 }, []string{"comment 0", "anchor out of bounds"}},
		{"Word comment off its anchor", func(s *Source) { s.Comments[0].End = 3 }, []string{"comment 0", "does not sit on its anchor"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := validSource()
			tt.corrupt(src)
			err := src.Validate()
			if err == nil {
				t.Fatal("Validate() = nil, want an error")
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("Validate() = %q, want it to mention %q", err, want)
				}
			}
		})
	}
}
