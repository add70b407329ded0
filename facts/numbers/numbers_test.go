package numbers

import (
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
)

func numbersOf(t *testing.T, text string) []Number {
	t.Helper()
	return extractText[[]Number](t, extractNumbers, text)
}

func TestNumbersReadValueUnitAndMarkers(t *testing.T) {
	tests := []struct {
		text       string
		want       string // Text of the only number
		value      float64
		unit, base string
		normalized float64
		approx     []string
	}{
		{"共发放慰问金1.5万元。", "1.5万元", 15000, "元", "元", 15000, nil},
		{"投入资金300余万元。", "300余万元", 300, "万元", "元", 3e6, []string{"余"}},
		{"全县有会员1,234人。", "1,234人", 1234, "人", "人", 1234, nil},
		{"新建企业工会１２家。", "１２家", 12, "家", "家", 12, nil},
		{"发展会员一万二千名。", "一万二千名", 12000, "名", "人", 12000, nil},
		{"两年来，工作扎实。", "两年", 2, "年", "年", 2, nil},
		{"约有三四十人参加。", "三四十人", 30, "人", "人", 30, []string{"range"}},
		{"十几个单位参加。", "十几个", 10, "个", "个", 10, []string{"几"}},
		{"送上百部影片。", "上百部", 100, "部", "部", 100, []string{"上"}},
		{"参与职工约1800余人次。", "约1800余人次", 1800, "人次", "人次", 1800, []string{"约", "余"}},
		{"参赛企业 132 个。", "132 个", 132, "个", "个", 132, nil},
		{"满意率为百分之九十五。", "百分之九十五", 95, "%", "%", 95, nil},
		{"覆盖率达到98.5%以上。", "98.5%以上", 98.5, "%", "%", 98.5, []string{"以上"}},
		{"損失達3億元。", "3億元", 3e8, "元", "元", 3e8, nil},
	}
	for _, tt := range tests {
		got := numbersOf(t, tt.text)
		if len(got) != 1 {
			t.Errorf("%q: got %d numbers %+v, want 1", tt.text, len(got), got)
			continue
		}
		n := got[0]
		if n.Text != tt.want || n.Value != tt.value || n.Unit != tt.unit || n.Base != tt.base || n.Normalized != tt.normalized {
			t.Errorf("%q: got %q value %v unit %q base %q norm %v", tt.text, n.Text, n.Value, n.Unit, n.Base, n.Normalized)
		}
		if len(n.Approx) != len(tt.approx) {
			t.Errorf("%q: approx %v, want %v", tt.text, n.Approx, tt.approx)
			continue
		}
		for i := range n.Approx {
			if n.Approx[i] != tt.approx[i] {
				t.Errorf("%q: approx %v, want %v", tt.text, n.Approx, tt.approx)
			}
		}
	}
}

func TestNumbersLeaveOutWordsDatesAndOrdinals(t *testing.T) {
	for _, text := range []string{
		"2024年5月12日召开大会。",
		"二〇二三年工作总结",
		"第一名由一车间获得。",
		"这是全县工作的重中之重，大家一起努力。",
		"联系电话0794-8261735，上午8:30开始。",
		"星期一上午开会。",
	} {
		if got := numbersOf(t, text); len(got) != 0 {
			t.Errorf("%q: got numbers %+v, want none", text, got)
		}
	}
}

func TestNumbersSpansAreDocumentOffsets(t *testing.T) {
	text := "标题\n全县𠀋共有会员1200人。"
	doc := factstest.ParseText(t, text)
	got := extractNumbers(doc, numbersTestEnv(t)).([]Number)
	if len(got) != 1 {
		t.Fatalf("got %+v", got)
	}
	if doc.Text[got[0].Start:got[0].End] != "1200人" {
		t.Errorf("span covers %q", doc.Text[got[0].Start:got[0].End])
	}
}

func TestNumbersMarkQuotedNumerals(t *testing.T) {
	got := numbersOf(t, "坚持“三个代表”重要思想，建立3个小组。")
	if len(got) != 2 || !got[0].Quoted || got[1].Quoted {
		t.Errorf("got %+v", got)
	}
}
