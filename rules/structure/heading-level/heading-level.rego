# METADATA
# title: 标题层级与序号形式不一致
# description: |
#   Checks that each kind of heading marker numbers one level of the
#   outline, in the GB/T 9704-2012 (7.3.3) order 一、 > （一） > 1. > （1）.
#   It flags three things:
#
#   - one marker family used at two levels of the same document, such as
#     1、 directly under 二、 in one section and under （二） in another: the
#     reader can no longer tell a level from its marker. One finding per
#     family, at its first use, naming the other level;
#   - a level inversion: a heading nested under a heading whose marker
#     ranks below or beside its own (（一） under 1., 一、 under （一）,
#     1、 under 1.);
#   - a sibling whose marker differs from the others' (二. among 一、 and
#     三、), with the marker in the siblings' form as suggestion.
#
#   Two-level documents that go from 一、 straight to 1. skip a rank but
#   keep the order, and are correct. Parts, chapters, stages and articles
#   (第一部分, 第一章, 第一阶段, 篇一) may hold any outline and are left out,
#   so 一、 under 第一部分 and under 第二部分 is one level. A numbered list
#   (items that follow each other with no body under them, such as a
#   Markdown ordered list) is not a level either: the same 1. 2. list may
#   sit under 三、 and under （二）. Unnumbered
#   headings do not count as a level. The ranks are data
#   (rules/data/structure.yaml, heading_levels.ranks, which a config may
#   override for an in-house convention); depths, parents and sibling
#   groups come from Go (input.facts.heading_numbering).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#structureheading-level
# custom:
#   id: structure/heading-level
#   category: structure
#   severity: warning
#   bad:
#     - text: "二、主要成效 / 1、素质提升 / 三、主要做法 / （一）精心组织 / （二）注重实效 / 1、推进组建"
#       note: 1、 is the second level under 二、 and the third under （二）
#     - text: "一、主要工作 / 1.深化劳动竞赛 / （一）开展岗位练兵"
#       note: （一） ranks above 1. but is nested under it
#     - text: "一、主要工作 / 二.存在的问题 / 三、下一步打算"
#       note: 二. should be 二、 like its siblings
#   good:
#     - text: "一、主要工作 / 1.深化劳动竞赛 / 2.加强技能培训 / 二、下一步打算 / 1.扩大覆盖面"
#       note: two levels, 一、 then 1., are correct
#     - text: "一、主要工作 / （一）组织建设 / 1.新建工会 / （1）非公企业"
package gwlint.rules.structure["heading-level"]

import data.gwlint.result

_ranks := data.gwlint.heading_levels.ranks

# One family used at two depths: reported once, at its first use.
# Uses that open a list rather than a run of headings are left out.
report contains finding if {
	some family in input.facts.heading_numbering.families
	count(family.uses) > 1
	uses := [u | some u in family.uses; not _opens_list(u.heading)]
	count(uses) > 1
	first := uses[0]
	other := uses[1]
	h := input.headings[first.heading]
	finding := result.fail(rego.metadata.chain(), h.span, sprintf(
		"序号“%s”在文中用于两个层级：“%s”%s，而“%s”%s。同一种序号只应用于一个层级，请按“一、”“（一）”“1.”“（1）”的顺序统一各级标题",
		[h.marker, _label(first.heading), _place(first.parent), _label(other.heading), _place(other.parent)],
	))
}

# _opens_list holds when heading i is followed directly by its next
# sibling, with no body paragraph under it: 1.组织岗位练兵；2.举办技能比武；
# is a numbered list (a Markdown ordered list, run-in items), not a level of
# the outline. A list sits wherever its paragraph needs it, under 三、 in
# one section and under （二） in another, and a careful editor accepts
# that; headings that hold body text keep one level per marker. The next
# sibling comes from Go (slots[i].next) rather than a search of the slots
# for the one whose previous is i, which would scan every heading per use.
_opens_list(i) if {
	j := input.facts.heading_numbering.slots[i].next
	input.headings[j].paragraph == input.headings[i].paragraph + 1
}

_place(parent) := "是最高一级标题" if {
	parent < 0
} else := sprintf("在“%s”之下", [_label(parent)])

# A heading nested under one whose marker ranks below or beside its own:
# reported once per pair of families, at the first such heading. Go lists
# each distinct [parent family, child family] nesting of the outline once,
# at its first heading (heading_numbering.nestings, strays left out: their
# depth is the heading they continue), so the ranks are compared once per
# pair and no rule walks every heading.
report contains finding if {
	some nesting in input.facts.heading_numbering.nestings
	nesting.parent != nesting.child
	_ranks[nesting.child] <= _ranks[nesting.parent]
	h := input.headings[nesting.heading]
	parent := input.facts.heading_numbering.slots[nesting.heading].ranked_parent
	p := input.headings[parent]
	finding := result.fail(rego.metadata.chain(), h.span, _inversion_message(h, p, _label(nesting.heading), _label(parent)))
}

_inversion_message(h, p, h_label, p_label) := sprintf(
	"标题层次颠倒：“%s”是“%s”的下级标题，但“%s”一级应高于“%s”一级（依次为“一、”“（一）”“1.”“（1）”）：请调整序号",
	[h_label, p_label, h.marker, p.marker],
) if {
	_ranks[h.family] < _ranks[p.family]
} else := sprintf(
	"标题层次不清：“%s”是“%s”的下级标题，但两者的序号属于同一层级：下级标题请改用“%s”这样的序号",
	[h_label, p_label, _next_example(p)],
)

_next_example(p) := data.gwlint.heading_levels.examples[format_int(_ranks[p.family] + 1, 10)]

_next_example(p) := "下一级" if not data.gwlint.heading_levels.examples[format_int(_ranks[p.family] + 1, 10)]

# A sibling whose marker differs from most of its siblings'. Go lists the
# numbered headings whose family is not their group's
# (heading_numbering.off_family), few or none in a correct document; one
# whose family is as common in the group as the group's own (a tie) is
# not flagged.
report contains finding if {
	some i in input.facts.heading_numbering.off_family
	s := input.facts.heading_numbering.slots[i]
	s.family_count < s.group_family_count
	h := input.headings[i]
	_ranks[h.family]
	_ranks[s.group_family]
	finding := _mixed_sibling(rego.metadata.chain(), h, s)
}

_mixed_sibling(chain, h, s) := result.fix(
	chain, h.marker_span,
	sprintf("同级标题的序号形式不一致：“%s”的序号与其他同级标题不同，应为“%s”", [s.label, s.group_marker]),
	s.group_marker, sprintf("改为“%s”", [s.group_marker]), false,
) if {
	s.group_marker != ""
} else := result.fail(
	chain, h.marker_span,
	sprintf("同级标题的序号形式不一致：“%s”的序号与其他同级标题不同：请统一序号形式", [s.label]),
)

# _label names heading i in a message: its marker and the start of its
# text, written by Go (heading_numbering.slots[i].label).
_label(i) := input.facts.heading_numbering.slots[i].label
