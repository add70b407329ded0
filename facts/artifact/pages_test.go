package artifact

import (
	"strconv"
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
)

func TestPageNumbersOfSeed004(t *testing.T) {
	doc := factstest.ParseSeed(t, "004")
	pages := extractPageNumbers(doc, factstest.SimplifyingEnv()).([]PageNumber)
	if len(pages) != 19 {
		t.Fatalf("got %d page numbers, want 19", len(pages))
	}
	for i, p := range pages {
		if want := strconv.Itoa(i+1) + "、"; p.Text != want {
			t.Errorf("page %d: text %q, want %q", i, p.Text, want)
		}
		if p.Line {
			t.Errorf("page %d: run-in marker reported as a line", i)
		}
	}
	if got := doc.Text[pages[15].Start:pages[15].End]; got != "16、 " {
		t.Errorf("page 16 deletes %q, want the marker and the space after it", got)
	}
	if pages[0].Splits {
		t.Error("the first page number starts the file and splits nothing")
	}
	splitting := 0
	for _, p := range pages {
		if p.Splits {
			splitting++
		}
	}
	if splitting < 14 {
		t.Errorf("%d page numbers split a sentence, want most of the 18 page joins", splitting)
	}
}

func TestPageNumberSpans(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		deleted string // doc.Text[start:end] of the only page number
		line    bool
		splits  bool
	}{
		{
			name:    "page line between two halves of a sentence",
			text:    "一年来，县总工会坚持以职工为中心，认真履行维权服务基本职责，为全县\n— 2 —\n职工群众办了一批实事好事。\n",
			deleted: "— 2 —\n",
			line:    true,
			splits:  true,
		},
		{
			name:    "page line between paragraphs",
			text:    "一年来，县总工会坚持以职工为中心，认真履行维权服务基本职责。\n第2页 共5页\n二、存在的问题\n",
			deleted: "第2页 共5页\n",
			line:    true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := factstest.ParseText(t, tt.text)
			pages := extractPageNumbers(doc, factstest.SimplifyingEnv()).([]PageNumber)
			if len(pages) != 1 {
				t.Fatalf("got %d page numbers, want 1 (markers %v)", len(pages), doc.PageMarkers)
			}
			p := pages[0]
			if got := doc.Text[p.Start:p.End]; got != tt.deleted {
				t.Errorf("deletes %q, want %q", got, tt.deleted)
			}
			if p.Line != tt.line || p.Splits != tt.splits {
				t.Errorf("line %v splits %v, want %v %v", p.Line, p.Splits, tt.line, tt.splits)
			}
		})
	}
}
