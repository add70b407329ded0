package headings

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/facts/internal/factstest"
	"github.com/gwlint/gwlint/parser"
)

// headingFacts parses lines joined by newlines as a plain-text document and
// returns its headings and their numbering facts.
func headingFacts(t *testing.T, lines ...string) ([]*parser.Heading, HeadingNumbering) {
	t.Helper()
	doc, err := parser.Parse("t.txt", []byte(strings.Join(lines, "\n")), parser.Options{})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return doc.Headings, extractHeadingNumbering(doc, &facts.Env{}).(HeadingNumbering)
}

// headingSlotOf finds the slot of the heading whose marker and text start
// with prefix.
func headingSlotOf(t *testing.T, hs []*parser.Heading, n HeadingNumbering, prefix string) HeadingSlot {
	t.Helper()
	for i, h := range hs {
		if strings.HasPrefix(h.Marker+h.Text, prefix) {
			return n.Slots[i]
		}
	}
	t.Fatalf("no heading starting with %q among %d headings", prefix, len(hs))
	return HeadingSlot{}
}

const headingBody = "全年共走访慰问困难职工和一线职工一百余户，送去慰问金和慰问品，受到职工群众的普遍欢迎。"

func TestHeadingSequenceExpectations(t *testing.T) {
	hs, n := headingFacts(t,
		"镇总工会工作总结",
		"一、主要工作", headingBody,
		"二、存在的问题", headingBody,
		"四、下一步打算", headingBody,
	)
	s := headingSlotOf(t, hs, n, "四、")
	if s.Expected != 3 || s.ExpectedMarker != "三、" || s.PreviousOrdinal != 2 {
		t.Errorf("四、 after 二、: expected %d %q after %d, want 3 三、 after 2", s.Expected, s.ExpectedMarker, s.PreviousOrdinal)
	}
	if first := headingSlotOf(t, hs, n, "一、"); first.Expected != 1 || first.Previous != -1 || first.NumberedSiblings != 2 {
		t.Errorf("一、: %+v", first)
	}
}

func TestUnnumberedSiblingsTakeTheNextOrdinals(t *testing.T) {
	hs, n := headingFacts(t,
		"乡镇工会自查报告",
		"一、主要做法", headingBody,
		"二、主要成效",
		"（一）工会建家工作成效显著。", headingBody,
		"（二）职工民主管理不断加强。", headingBody,
		"发挥工会大学校作用。", headingBody,
		"关心职工生活,解决实际难题。", headingBody,
	)
	for prefix, want := range map[string]string{"发挥": "（三）", "关心": "（四）"} {
		s := headingSlotOf(t, hs, n, prefix)
		if s.ExpectedMarker != want || s.NumberedSiblings != 2 || s.Series != parser.FamilyCnParen {
			t.Errorf("%s: marker %q siblings %d series %q, want %q 2 cn-paren", prefix, s.ExpectedMarker, s.NumberedSiblings, s.Series, want)
		}
	}
}

func TestMissingNumeralIsPlacedBetweenItsSiblings(t *testing.T) {
	hs, n := headingFacts(t,
		"县总工会工作总结",
		"、县总工会的基本情况", headingBody,
		"二、精心组织，全面启动", headingBody,
	)
	s := headingSlotOf(t, hs, n, "、县总工会")
	if s.Expected != 1 || s.ExpectedMarker != "一、" || s.NextOrdinal != 2 {
		t.Errorf("missing numeral: %+v", s)
	}
}

func TestStraySiblingKeepsTheSequence(t *testing.T) {
	hs, n := headingFacts(t,
		"县总工会工作总结",
		"一、主要工作", headingBody,
		"二.存在的问题", headingBody,
		"三、下一步打算", headingBody,
	)
	stray := headingSlotOf(t, hs, n, "二.")
	if stray.StrayOf < 0 || hs[stray.StrayOf].Marker != "一、" {
		t.Fatalf("二. is not a stray of 一、: %+v", stray)
	}
	if stray.GroupFamily != parser.FamilyCnDun || stray.GroupMarker != "二、" || stray.Depth != 0 {
		t.Errorf("stray: group family %q marker %q depth %d", stray.GroupFamily, stray.GroupMarker, stray.Depth)
	}
	if third := headingSlotOf(t, hs, n, "三、"); third.Expected != 3 {
		t.Errorf("三、 after the stray 二.: expected %d, want 3", third.Expected)
	}
}

func TestStrayBelowASubHeading(t *testing.T) {
	// The tree nests 二. under （二）, the innermost open heading; it still
	// continues 一、.
	hs, n := headingFacts(t,
		"县总工会工作总结",
		"一、主要工作",
		"（一）加强组织建设", headingBody,
		"（二）做好帮扶工作", headingBody,
		"二.存在的问题", headingBody,
		"三、下一步打算", headingBody,
	)
	stray := headingSlotOf(t, hs, n, "二.")
	if stray.StrayOf < 0 || hs[stray.StrayOf].Marker != "一、" || stray.Group != -1 {
		t.Errorf("二. under （二）: %+v", stray)
	}
}

func TestRepeatedOrdinal(t *testing.T) {
	hs, n := headingFacts(t,
		"县总工会工作总结",
		"一、主要工作", headingBody,
		"二、存在的问题", headingBody,
		"二、下一步打算", headingBody,
	)
	s := n.Slots[2]
	if hs[2].Ordinal != 2 || s.PreviousOrdinal != 2 || s.Expected != 3 || s.ExpectedMarker != "三、" {
		t.Errorf("repeated 二、: %+v", s)
	}
}

func TestFirstChildIsNoStray(t *testing.T) {
	// 1. under 一、 is an ordinary first child: 1. and 一、 number
	// different series, so neither can continue the other.
	hs, n := headingFacts(t,
		"县总工会工作总结",
		"一、主要工作",
		"1.深化劳动竞赛", headingBody,
		"2.加强技能培训", headingBody,
		"二、存在的问题", headingBody,
	)
	for i := range hs {
		if n.Slots[i].StrayOf != -1 {
			t.Errorf("%s%s taken for a stray", hs[i].Marker, hs[i].Text)
		}
	}
}

func TestContainersRestartTheOutline(t *testing.T) {
	hs, n := headingFacts(t,
		"总工会工作总结",
		"第一阶段工作总结",
		"一、精心组织，全面启动", headingBody,
		"二、搞好学习，筑牢根基", headingBody,
		"第二阶段工作安排",
		"一、开展党性教育活动", headingBody,
		"二、开展对照聚焦活动", headingBody,
	)
	second := headingSlotOf(t, hs, n, "一、开展")
	if second.Expected != 1 || second.Depth != 0 {
		t.Errorf("一、 under the second stage: expected %d depth %d, want 1 0", second.Expected, second.Depth)
	}
	for _, f := range n.Families {
		if f.Family == parser.FamilyCnDun && len(f.Uses) != 1 {
			t.Errorf("cn-dun used at %d depths, want 1", len(f.Uses))
		}
	}
}

func TestFamilyAtTwoDepths(t *testing.T) {
	hs, n := headingFacts(t,
		"县总工会自我评价",
		"一、主要成效",
		"1、党员干部素质进一步提升。", headingBody,
		"2、党组织战斗力进一步增强。", headingBody,
		"二、主要做法",
		"（一）精心组织，周密部署。", headingBody,
		"（二）注重实际，务求实效",
		"1、依法推进工会组建。", headingBody,
		"2、广泛开展劳动竞赛。", headingBody,
	)
	var uses []HeadingDepthUsage
	for _, f := range n.Families {
		if f.Family == parser.FamilyArDun {
			uses = f.Uses
		}
	}
	if len(uses) != 2 || uses[0].Depth != 1 || uses[1].Depth != 2 {
		t.Fatalf("ar-dun uses %+v, want depths 1 and 2", uses)
	}
	if got := hs[uses[0].Heading].Text; !strings.HasPrefix(got, "党员干部") {
		t.Errorf("first use at %q", got)
	}
	if got := hs[uses[1].Parent].Marker; got != "（二）" {
		t.Errorf("second use under %q, want （二）", got)
	}
}

func TestNoHeadingsGiveEmptyFacts(t *testing.T) {
	_, n := headingFacts(t, "没有标题的一段文字，只有正文。")
	if len(n.Slots) != 0 || n.Families == nil {
		t.Errorf("got %+v", n)
	}
}

func TestHeadingMarkerWithOrdinal(t *testing.T) {
	tests := []struct {
		template string
		n        int
		want     string
	}{
		{"（二）", 3, "（三）"},
		{"(二)", 5, "(五)"},
		{"二、", 10, "十、"},
		{"九、", 12, "十二、"},
		{"十九、", 21, "二十一、"},
		{"第二十章", 21, "第二十一章"},
		{"篇一：", 2, "篇二："},
		{"2.", 10, "10."},
		{"２．", 3, "３．"},
		{"（1）", 2, "（2）"},
		{"⑵", 4, "⑷"},
		{"①", 21, ""},
		{"二、", 100, ""},
		{"、", 1, ""},
		{"", 1, ""},
		{"一、", 0, ""},
	}
	for _, tc := range tests {
		if got := headingMarkerWithOrdinal(tc.template, tc.n); got != tc.want {
			t.Errorf("headingMarkerWithOrdinal(%q, %d) = %q, want %q", tc.template, tc.n, got, tc.want)
		}
	}
}

func TestHeadingNumberingOnSeeds(t *testing.T) {
	read := func(prefix string) ([]*parser.Heading, HeadingNumbering) {
		doc := factstest.ParseSeed(t, prefix)
		return doc.Headings, extractHeadingNumbering(doc, &facts.Env{}).(HeadingNumbering)
	}
	hs, n := read("002")
	for prefix, want := range map[string]string{"发挥工会": "(三)", "关心职工": "(四)", "加强自身": "(五)"} {
		if s := headingSlotOf(t, hs, n, prefix); s.ExpectedMarker != want || s.NumberedSiblings != 2 {
			t.Errorf("002 %s: %q with %d numbered siblings, want %q with 2", prefix, s.ExpectedMarker, s.NumberedSiblings, want)
		}
	}
	if s := headingSlotOf(t, hs, n, "领导高度重视"); s.NumberedSiblings != 0 {
		t.Errorf("002 section 一 has %d numbered siblings, want 0", s.NumberedSiblings)
	}
	hs, n = read("000")
	for _, f := range n.Families {
		if f.Family == parser.FamilyArDun {
			if len(f.Uses) != 2 || !strings.HasPrefix(hs[f.Uses[0].Heading].Text, "党员干部素质") {
				t.Errorf("000 1、 uses %+v", f.Uses)
			}
		}
	}
}

// FuzzHeadingNumbering checks that any text gives one slot per heading,
// groups that point backwards, and valid suggested markers, without
// panicking.
func FuzzHeadingNumbering(f *testing.F) {
	for _, seed := range []string{
		"标题\n一、甲\n正文内容很长很长的一段。\n三、乙\n正文。",
		"标题\n、甲\n（）乙\n一.丙\n二.丁\n1、戊\n⑴己",
		"篇一\n一、甲\n篇二\n一、乙\n第二部分\n（三）丙",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := parser.Parse("f.txt", []byte(text), parser.Options{})
		if err != nil {
			return
		}
		n := extractHeadingNumbering(doc, &facts.Env{}).(HeadingNumbering)
		if len(n.Slots) != len(doc.Headings) {
			t.Fatalf("%d slots for %d headings", len(n.Slots), len(doc.Headings))
		}
		for i, s := range n.Slots {
			if s.Group >= i || s.Previous >= i || s.StrayOf >= i || s.RankedParent >= i {
				t.Fatalf("slot %d points forward: %+v", i, s)
			}
			if !utf8.ValidString(s.ExpectedMarker) || !utf8.ValidString(s.GroupMarker) {
				t.Fatalf("slot %d: invalid marker %q %q", i, s.ExpectedMarker, s.GroupMarker)
			}
		}
	})
}
