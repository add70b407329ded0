package headings

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

// The index lists replace searches the rules used to make over every slot.
// These are the searches, written as the rules wrote them, and the lists
// are checked against them on random outlines.

func nextByScan(slots []HeadingSlot, i int) int {
	for j, s := range slots {
		if s.Previous == i {
			return j
		}
	}
	return -1
}

func nestingsByScan(hs []*parser.Heading, slots []HeadingSlot) map[[2]string]int {
	first := map[[2]string]int{}
	for i, s := range slots {
		if s.StrayOf != -1 || s.RankedParent < 0 {
			continue
		}
		pair := [2]string{hs[s.RankedParent].Family, hs[i].Family}
		if j, ok := first[pair]; !ok || i < j {
			first[pair] = i
		}
	}
	return first
}

// randomOutline writes a document of random heading lines, some with a
// body paragraph under them, in several marker families and with gaps,
// repeats, strays and containers.
func randomOutline(rng *rand.Rand) string {
	lines := []string{"县总工会工作总结"}
	kinds := []func(n int) string{
		func(n int) string { return cnNumeral(n) + "、工作情况" },
		func(n int) string { return cnNumeral(n) + ".存在问题" },
		func(n int) string { return "（" + cnNumeral(n) + "）组织建设" },
		func(n int) string { return string(rune('0'+n)) + ".劳动竞赛" },
		func(n int) string { return string(rune('0'+n)) + "、技能培训" },
		func(n int) string { return "（" + string(rune('0'+n)) + "）帮扶工作" },
		func(n int) string { return "第" + cnNumeral(n) + "部分 工作回顾" },
		func(int) string { return "加强组织领导。" },
	}
	for range 5 + rng.IntN(25) {
		lines = append(lines, kinds[rng.IntN(len(kinds))](1+rng.IntN(4)))
		if rng.IntN(2) == 0 {
			lines = append(lines, headingBody)
		}
	}
	return strings.Join(lines, "\n")
}

func cnNumeral(n int) string { return []string{"", "一", "二", "三", "四"}[n] }

func TestHeadingListsMatchScans(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 300 {
		text := randomOutline(rng)
		doc, err := parser.Parse("t.txt", []byte(text), parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		hs := doc.Headings
		n := extractHeadingNumbering(doc, &facts.Env{}).(HeadingNumbering)
		var outOfSequence, offFamily []int
		for i, h := range hs {
			s := n.Slots[i]
			if want := nextByScan(n.Slots, i); s.Next != want {
				t.Fatalf("round %d heading %d: Next = %d, want %d\n%s", round, i, s.Next, want, text)
			}
			if h.Ordinal != s.Expected && (h.Ordinal != 0 || h.MissingNumeral || s.NumberedSiblings > 0) {
				outOfSequence = append(outOfSequence, i)
			}
			if h.Ordinal > 0 && h.Family != s.GroupFamily {
				offFamily = append(offFamily, i)
			}
		}
		if !slices.Equal(n.OutOfSequence, outOfSequence) && len(outOfSequence)+len(n.OutOfSequence) > 0 {
			t.Fatalf("round %d: OutOfSequence = %v, want %v\n%s", round, n.OutOfSequence, outOfSequence, text)
		}
		if !slices.Equal(n.OffFamily, offFamily) && len(offFamily)+len(n.OffFamily) > 0 {
			t.Fatalf("round %d: OffFamily = %v, want %v\n%s", round, n.OffFamily, offFamily, text)
		}
		want := nestingsByScan(hs, n.Slots)
		if len(n.Nestings) != len(want) {
			t.Fatalf("round %d: %d nestings, want %d: %+v\n%s", round, len(n.Nestings), len(want), n.Nestings, text)
		}
		for _, x := range n.Nestings {
			if first, ok := want[[2]string{x.Parent, x.Child}]; !ok || first != x.Heading {
				t.Fatalf("round %d: nesting %+v, want first heading %d (listed %v)\n%s", round, x, first, ok, text)
			}
		}
	}
}

func TestInvertedNestingIsListedAtItsFirstHeading(t *testing.T) {
	hs, n := headingFacts(t,
		"县总工会工作总结",
		"一、主要工作",
		"1.深化劳动竞赛",
		"（一）开展岗位练兵", headingBody,
		"（二）组织技能比武", headingBody,
		"2.加强技能培训", headingBody,
	)
	var got []string
	for _, x := range n.Nestings {
		got = append(got, x.Parent+">"+x.Child+"@"+hs[x.Heading].Marker)
	}
	want := []string{
		parser.FamilyCnDun + ">" + parser.FamilyArDot + "@1.",
		parser.FamilyArDot + ">" + parser.FamilyCnParen + "@（一）",
	}
	if !slices.Equal(got, want) {
		t.Errorf("nestings %v, want %v", got, want)
	}
	if first := headingSlotOf(t, hs, n, "1.深化"); first.Next < 0 || hs[first.Next].Marker != "2." {
		t.Errorf("1. is followed by heading %d, want 2.", first.Next)
	}
}

func TestOffFamilyListsTheStraySibling(t *testing.T) {
	hs, n := headingFacts(t,
		"县总工会工作总结",
		"一、主要工作", headingBody,
		"二.存在的问题", headingBody,
		"三、下一步打算", headingBody,
	)
	if len(n.OffFamily) != 1 || hs[n.OffFamily[0]].Marker != "二." {
		t.Errorf("off family %v, want the 二. heading only", n.OffFamily)
	}
	if len(n.OutOfSequence) != 0 {
		t.Errorf("out of sequence %v in a correct series", n.OutOfSequence)
	}
}

// TestUnnumberedSeriesIsInSequence: plain headings among plain siblings
// are a consistent series; a plain heading among numbered ones is not.
func TestUnnumberedSeriesIsInSequence(t *testing.T) {
	doc, err := parser.Parse("t.md", []byte("# 县总工会工作总结\n\n## 主要工作\n\n正文。\n\n## 存在的问题\n\n正文。\n\n## 下一步打算\n\n正文。\n"), parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := extractHeadingNumbering(doc, &facts.Env{}).(HeadingNumbering)
	if len(doc.Headings) < 3 || len(n.OutOfSequence) != 0 {
		t.Errorf("%d headings, out of sequence %v: want 3 plain headings in sequence", len(doc.Headings), n.OutOfSequence)
	}

	// The plain headings under 二、 follow numbered siblings （一）（二）; those
	// under 一、 are a plain series of their own.
	hs, n := headingFacts(t,
		"县总工会工作总结",
		"一、主要做法",
		"领导高度重视，精心安排部署。", headingBody,
		"召开会员评家民主测评会。", headingBody,
		"二、主要成效",
		"（一）工会建家工作成效显著。", headingBody,
		"（二）职工民主管理不断加强。", headingBody,
		"发挥工会大学校作用。", headingBody,
	)
	var plain []string
	for _, i := range n.OutOfSequence {
		if hs[i].Ordinal == 0 {
			plain = append(plain, hs[i].Text)
		}
	}
	if len(plain) != 1 || plain[0] != "发挥工会大学校作用。" {
		t.Errorf("plain headings out of sequence %v, want only 发挥工会大学校作用。 (among numbered siblings)", plain)
	}
}
