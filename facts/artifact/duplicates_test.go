package artifact

import (
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
)

type duplicateSummary struct {
	paragraph, of int
	kind          string
}

func duplicatesOf(t *testing.T, text string) []duplicateSummary {
	t.Helper()
	doc := factstest.ParseText(t, text)
	var out []duplicateSummary
	for _, d := range extractDuplicates(doc, factstest.SimplifyingEnv()).([]Duplicate) {
		out = append(out, duplicateSummary{d.Paragraph, d.Of, d.Kind})
	}
	return out
}

func TestDuplicates(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []duplicateSummary
	}{
		{
			name: "repeated title in traditional script",
			text: "總工會爭先創優工作總結\n\n一個多月以來，縣總工會開展活動。\n\n總工會爭先創優工作總結",
			want: []duplicateSummary{{2, 0, "repeat"}},
		},
		{
			name: "copy differing in punctuation width and spaces",
			text: "工作总结\n县总工会开展了“送温暖”活动，慰问困难职工120户。\n县总工会开展了 “送温暖” 活动,慰问困难职工120户.",
			want: []duplicateSummary{{2, 1, "repeat"}},
		},
		{
			name: "traditional copy of a simplified paragraph",
			text: "工作总结\n县总工会开展了送温暖活动。\n縣總工會開展了送溫暖活動。",
			want: []duplicateSummary{{2, 1, "repeat"}},
		},
		{
			name: "truncated snippet before the full text",
			text: "工作总结\n今年上半年，县总工会在县委的领导下团结动员职工...\n今年上半年，县总工会在县委的领导下团结动员职工，取得了成效。",
			want: []duplicateSummary{{1, 2, "truncated"}},
		},
		{
			name: "snippet too short to compare",
			text: "工作总结\n今年上半年……\n今年上半年，县总工会在县委的领导下团结动员职工，取得了成效。",
			want: nil,
		},
		{
			name: "snippet of something else",
			text: "工作总结\n今年上半年，县总工会在县委的领导下开展工作……\n全县各级工会认真贯彻落实上级精神，取得了明显成效。",
			want: nil,
		},
		{
			name: "three copies",
			text: "工作总结\n成立了领导小组。\n成立了领导小组。\n成立了领导小组。",
			want: []duplicateSummary{{2, 1, "repeat"}, {3, 1, "repeat"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := duplicatesOf(t, tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestDuplicatesOfSeeds(t *testing.T) {
	doc := factstest.ParseSeed(t, "001")
	dups := extractDuplicates(doc, factstest.SimplifyingEnv()).([]Duplicate)
	if len(dups) != 1 || dups[0].Of != doc.Title.Paragraph || doc.Text[dups[0].Start:dups[0].End] != "總工會爭先創優工作總結" {
		t.Errorf("001: got %+v, want the title repeated at line 9", dups)
	}
	doc = factstest.ParseSeed(t, "003")
	dups = extractDuplicates(doc, factstest.SimplifyingEnv()).([]Duplicate)
	if len(dups) != 1 || dups[0].Kind != "truncated" || dups[0].Paragraph != 0 || dups[0].Of != 1 {
		t.Errorf("003: got %+v, want line 1 as a truncated copy of line 2", dups)
	}
}

// TestDuplicateOfLine checks that a duplicate names the line its original
// starts on, which the message quotes: here the original is on line 3,
// after a title and a blank line, and the snippet's full text on line 6.
func TestDuplicateOfLine(t *testing.T) {
	para := "县总工会组织开展了送温暖活动，慰问困难职工一百二十户，发放慰问金六万元。"
	full := "今年上半年，县总工会在县委的领导下，团结动员全县职工建功立业，取得了明显成效。"
	doc := factstest.ParseText(t, "工作总结\n\n"+para+"\n"+para+"\n今年上半年，县总工会在县委的领导下，团结动员全县职工建功立业...\n"+full)
	got := map[string]int{}
	for _, d := range extractDuplicates(doc, factstest.SimplifyingEnv()).([]Duplicate) {
		got[d.Kind] = d.OfLine
	}
	if got["repeat"] != 3 || got["truncated"] != 6 {
		t.Errorf("of_line by kind %v, want repeat 3 and truncated 6", got)
	}
}
