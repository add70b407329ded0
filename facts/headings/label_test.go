package headings

import (
	"testing"

	"github.com/gwlint/gwlint/parser"
)

func TestHeadingLabel(t *testing.T) {
	tests := []struct {
		marker, text, want string
	}{
		{"一、", "主要工作", "一、主要工作"},
		// 16 characters are quoted whole, 17 are cut to 15 and an ellipsis.
		{"（二）", "一二三四五六七八九十一二三四五六", "（二）一二三四五六七八九十一二三四五六"},
		{"（二）", "一二三四五六七八九十一二三四五六七", "（二）一二三四五六七八九十一二三四五…"},
		{"", "关心职工生活，解决实际难题，切实维护职工合法权益", "关心职工生活，解决实际难题，切…"},
		{"1.", "𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋", "1.𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋…"},
	}
	for _, tt := range tests {
		if got := headingLabel(&parser.Heading{Marker: tt.marker, Text: tt.text}); got != tt.want {
			t.Errorf("headingLabel(%q, %q) = %q, want %q", tt.marker, tt.text, got, tt.want)
		}
	}
}
