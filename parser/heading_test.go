package parser

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

func TestHeadingText(t *testing.T) {
	tests := []struct{ paragraph, want string }{
		{"一、基本情况", "基本情况"},
		{"一、 党组织建设", "党组织建设"},
		{"第一章 总则", "总则"},
		{"（一）加强领导。成立了领导小组，负责统筹协调。", "加强领导。"},
		{"1、加强对工资集体协商工作的宣传，督促企业依法签订协议。", "加强对工资集体协商工作的宣传，督促企业依法签订协议。"},
		{"一、学习劳模 规范管理", "学习劳模 规范管理"},
		{"一、学习劳模 规范管理 为弘扬劳模精神,促进企业安全生产、经营效益全面协调可持续发展,我会在广大职工中开展“学劳模、争先进”活动。", "学习劳模 规范管理"},
		{"篇一:县总工会半年工作总结范文 半年来, 我县各级工会在县委、县政府和上级工会的坚强领导下, 以科学发展观为指导,全面贯彻落实各项工作方针。", "县总工会半年工作总结范文"},
		{"（二）技能提升：“比学赶超”。", "技能提升：“比学赶超”。"},
	}
	for _, tt := range tests {
		doc := buildText(t, "工作总结\n"+tt.paragraph+"\n")
		if len(doc.Headings) != 1 {
			t.Errorf("%q: %d headings", tt.paragraph, len(doc.Headings))
			continue
		}
		h := doc.Headings[0]
		if h.Text != tt.want {
			t.Errorf("%q: heading text %q, want %q", tt.paragraph, h.Text, tt.want)
		}
		// The span runs from the marker to the end of the heading text.
		want := tt.paragraph[:strings.Index(tt.paragraph, h.Text)+len(h.Text)]
		if got := doc.Text[h.Span.Start.Offset:h.Span.End.Offset]; got != want {
			t.Errorf("%q: heading span covers %q, want %q", tt.paragraph, got, want)
		}
	}
}

func TestMergeByParagraph(t *testing.T) {
	hs := func(paras ...int) []*Heading {
		var out []*Heading
		for _, p := range paras {
			out = append(out, &Heading{Paragraph: p})
		}
		return out
	}
	for _, tc := range []struct{ a, b, want []int }{
		{[]int{1, 4, 9}, []int{2, 3, 10}, []int{1, 2, 3, 4, 9, 10}},
		{[]int{5}, nil, []int{5}},
		{nil, []int{0, 7}, []int{0, 7}},
		{[]int{8, 9}, []int{1}, []int{1, 8, 9}},
	} {
		var got []int
		for _, h := range mergeByParagraph(hs(tc.a...), hs(tc.b...)) {
			got = append(got, h.Paragraph)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("merge(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestResolveMissingFamiliesAgreesWithSearch compares the one-pass
// resolution with a search from each heading that lost its numeral, on
// random lists of headings.
func TestResolveMissingFamiliesAgreesWithSearch(t *testing.T) {
	families := []string{FamilyCnDun, FamilyArDun, FamilyCnParen, FamilyArParen, FamilyArDot, FamilyCircled}
	search := func(hs []*Heading, i int) string {
		group := []string{FamilyCnDun, FamilyArDun}
		if hs[i].Family == FamilyCnParen || hs[i].Family == FamilyArParen {
			group = []string{FamilyCnParen, FamilyArParen}
		}
		for _, j := range append(rangeFrom(i+1, len(hs)), rangeDown(i-1)...) {
			if !hs[j].MissingNumeral && slices.Contains(group, hs[j].Family) {
				return hs[j].Family
			}
		}
		return hs[i].Family
	}
	rng := rand.New(rand.NewSource(3))
	for range 2000 {
		var hs []*Heading
		for n := rng.Intn(12); n > 0; n-- {
			hs = append(hs, &Heading{Family: families[rng.Intn(len(families))], MissingNumeral: rng.Intn(3) == 0})
		}
		want := make([]string, len(hs))
		for i, h := range hs {
			want[i] = h.Family
			if h.MissingNumeral {
				want[i] = search(hs, i)
			}
		}
		resolveMissingFamilies(hs)
		for i, h := range hs {
			if h.Family != want[i] {
				t.Fatalf("heading %d: family %s, want %s", i, h.Family, want[i])
			}
		}
	}
}

func rangeFrom(lo, hi int) []int {
	var out []int
	for i := lo; i < hi; i++ {
		out = append(out, i)
	}
	return out
}

func rangeDown(hi int) []int {
	var out []int
	for i := hi; i >= 0; i-- {
		out = append(out, i)
	}
	return out
}
