package parser

import (
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
