package headings

import "github.com/gwlint/gwlint/parser"

// headingContainers are the families that hold parts of a document rather
// than number a level of its outline: a 第二阶段工作安排 or 篇二 restarts the
// outline inside it, and the same outline may sit under any of them. They
// are left out of depths so that 一、 under 第一部分 and 一、 under 第二部分
// count as one level, and so that a document without parts and one with
// them number their outline alike.
var headingContainers = map[string]bool{
	parser.FamilyChapter: true,
	parser.FamilySection: true,
	parser.FamilyPart:    true,
	parser.FamilyStage:   true,
	parser.FamilyArticle: true,
}

// headingRanked reports whether a family numbers a level of the outline
// (一、 （一） 1. （1） ① and their variants): numbered, and no container.
func headingRanked(family string) bool {
	return family != "" && !headingContainers[family]
}

// headingSeries names the sequence a family numbers: the families that
// differ only in the mark after the numeral number one sequence.
func headingSeries(family string) string {
	switch family {
	case parser.FamilyCnDun, parser.FamilyCnDot:
		return "cn"
	case parser.FamilyArDun, parser.FamilyArDot:
		return "ar"
	}
	return family
}

// headingParent is the parent of heading i, or -1. The parser puts a
// parent before its children; a parent that does not is treated as none,
// so that the walks up the tree always end.
func headingParent(hs []*parser.Heading, i int) int {
	if p := hs[i].Parent; p >= 0 && p < i {
		return p
	}
	return -1
}

// headingRankedAncestor is the nearest enclosing heading of a ranked
// family, -1 when there is none.
func headingRankedAncestor(hs []*parser.Heading, i int) int {
	for p := headingParent(hs, i); p >= 0; p = headingParent(hs, p) {
		if headingRanked(hs[p].Family) {
			return p
		}
	}
	return -1
}

// headingDepth counts the ranked headings enclosing heading i. Unnumbered
// headings and containers do not count.
func headingDepth(hs []*parser.Heading, i int) int {
	depth := 0
	for p := headingRankedAncestor(hs, i); p >= 0; p = headingRankedAncestor(hs, p) {
		depth++
	}
	return depth
}

// headingStrays finds headings the tree put one level too deep: the tree
// opens a new level for a family it has not seen, so in 一、 … 二. … 三、 the
// 二. becomes a child of 一、 although it continues 一、's numbering. A
// heading is taken for a stray of an enclosing heading A when its family
// differs from A's only in the mark after the numeral, its ordinal is A's
// plus one, and it is the first heading of its family after A. The map
// goes from the stray to A.
func headingStrays(hs []*parser.Heading) map[int]int {
	strays := map[int]int{}
	for i, h := range hs {
		if h.Family == "" || h.Ordinal < 2 {
			continue
		}
		for a := headingParent(hs, i); a >= 0; a = headingParent(hs, a) {
			anc := hs[a]
			if anc.Family == h.Family {
				break
			}
			if headingSeries(anc.Family) == headingSeries(h.Family) {
				if anc.Ordinal > 0 && h.Ordinal == anc.Ordinal+1 && !headingFamilyBetween(hs, a, i, h.Family) {
					strays[i] = a
				}
				break
			}
		}
	}
	return strays
}

// headingFamilyBetween reports whether a heading of family f lies strictly
// between headings a and b.
func headingFamilyBetween(hs []*parser.Heading, a, b int, f string) bool {
	for _, h := range hs[a+1 : b] {
		if h.Family == f {
			return true
		}
	}
	return false
}
