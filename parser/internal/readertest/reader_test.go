package readertest

import (
	"errors"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/parser/source"
)

// lineReader is a toy reader: one paragraph per non-empty line, verbatim.
func lineReader(in string) (*source.Source, error) {
	src := &source.Source{Text: in}
	start := 0
	for _, line := range strings.SplitAfter(in, "\n") {
		text := strings.TrimSuffix(line, "\n")
		if text != "" {
			src.Blocks = append(src.Blocks, source.Block{Kind: source.Paragraph, Segments: []source.Segment{{Start: start, End: start + len(text), Text: text}}})
		}
		start += len(line)
	}
	return src, nil
}

func TestCheck(t *testing.T) {
	errFormat := errors.New("format check ran")
	tests := []struct {
		name    string
		reader  Reader
		input   string
		src     *source.Source
		wantErr string // substring, "" for none
	}{
		{"valid source", Reader{}, "甲", &source.Source{Text: "甲"}, ""},
		{"text is not the input", Reader{}, "甲", &source.Source{Text: "乙"}, "differs from the input"},
		{"source.Validate runs", Reader{}, "甲", &source.Source{Text: "甲", Blocks: []source.Block{{Kind: source.Paragraph}}}, "no segments"},
		{"the format check runs last", Reader{CheckFormat: func(*source.Source) error { return errFormat }}, "甲", &source.Source{Text: "甲"}, "format check ran"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.reader.Check(tt.input, tt.src)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("Check = %v, want error containing %q (\"\" = no error)", err, tt.wantErr)
			}
		})
	}
}

func TestCheckedAndWantBlocks(t *testing.T) {
	src := Reader{Read: lineReader}.Checked(t, "一、情况\n\n正文")
	WantBlocks(t, src, []string{"paragraph/0: 一、情况", "paragraph/0: 正文"})
}

func TestDescribeShowsGeneratedLabels(t *testing.T) {
	src := &source.Source{Blocks: []source.Block{
		{Kind: source.ListItem, Level: 2, AutoLabel: 2, Segments: []source.Segment{{Text: "1."}, {Text: "甲"}}},
	}}
	if got := describe(src); len(got) != 1 || got[0] != "list_item/2[2]: 1.甲" {
		t.Errorf("describe = %q", got)
	}
}
