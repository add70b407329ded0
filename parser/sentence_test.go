package parser

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"全年举办培训十二期。参训职工九百人！效果如何？", []string{"全年举办培训十二期。", "参训职工九百人！", "效果如何？"}},
		{"一是加强领导；二是完善制度；三是强化督查。", []string{"一是加强领导；", "二是完善制度；", "三是强化督查。"}},
		{"他说：“要办好实事。”大家表示赞同。", []string{"他说：“要办好实事。”", "大家表示赞同。"}},
		{"深入人心;经过开展活动,影响扩大.", []string{"深入人心;", "经过开展活动,影响扩大."}},
		{"资金3.5万元;x;y", []string{"资金3.5万元;", "x;y"}},
		{"真的吗？！确实如此", []string{"真的吗？！", "确实如此"}},
		{"活动圆满成功。 目前正在总结。", []string{"活动圆满成功。", "目前正在总结。"}},
	}
	for _, tt := range tests {
		doc := buildText(t, "工作总结\n"+tt.text+"\n")
		var got []string
		for _, s := range doc.Paragraphs[1].Sentences {
			got = append(got, s.Text)
			if doc.Text[s.Span.Start.Offset:s.Span.End.Offset] != s.Text {
				t.Errorf("sentence %q maps to %q", s.Text, doc.Text[s.Span.Start.Offset:s.Span.End.Offset])
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("split %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNoSentencesChangesNothingElse: parsing with NoSentences gives the
// same document as a full parse, but for the sentences it leaves out.
func TestNoSentencesChangesNothingElse(t *testing.T) {
	files, _ := filepath.Glob("../testdata/samples/*")
	if len(files) == 0 {
		t.Skip("no samples")
	}
	split := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		full, err := Parse(f, data, Options{})
		if err != nil {
			continue // a sample of a bad file
		}
		lean, err := Parse(f, data, Options{NoSentences: true})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, p := range full.Paragraphs {
			split += len(p.Sentences)
			p.Sentences = nil
		}
		if !reflect.DeepEqual(full, lean) {
			t.Errorf("%s: NoSentences changed more than the sentences", filepath.Base(f))
		}
	}
	if split == 0 {
		t.Error("the samples have no sentences: the comparison tests nothing")
	}
}
