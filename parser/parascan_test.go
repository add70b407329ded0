package parser

import "testing"

func TestParagraphScansHeadingMarkerAgreesWithParse(t *testing.T) {
	texts := []string{"一、总体情况", "（二）加强领导", "县总工会认真落实", "、基本情况", "1.5万元", ""}
	scans := newParagraphScans(len(texts))
	for i, text := range texts {
		p := &Paragraph{Index: i, Text: text}
		want, wantOK := parseHeadingMarker(text)
		for round := 0; round < 2; round++ { // read, then remembered
			if got, ok := scans.headingMarker(p); got != want || ok != wantOK {
				t.Errorf("round %d, %q: got %+v %v, want %+v %v", round, text, got, ok, want, wantOK)
			}
		}
		outside := &Paragraph{Index: len(texts) + i, Text: text}
		if got, ok := scans.headingMarker(outside); got != want || ok != wantOK {
			t.Errorf("paragraph outside the cache, %q: got %+v %v", text, got, ok)
		}
	}
}
