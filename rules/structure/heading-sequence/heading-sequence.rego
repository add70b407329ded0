# METADATA
# title: 标题序号不连续或缺失
# description: |
#   Flags breaks in the numbering of sibling headings: a gap (一、二、四、), a
#   repeat (（一）（二）（二）), numbers going backwards, a series that starts
#   past its first number (二、三、 with no 一、), a marker whose numeral was
#   lost (、县总工会的基本情况 for 一、县总工会的基本情况), and headings with no
#   number at all standing among numbered siblings (（一）（二） followed by
#   sub-headings without （三）（四）). A 公文 or work report is read and cited
#   by its numbering ("第三部分第（二）点"), so a broken sequence makes the
#   document look unfinished and its parts impossible to refer to; it is
#   also the trace of a section deleted or pasted in from a 范文.
#
#   Siblings are headings with the same parent in the section tree, so the
#   numbering restarts under every higher-level heading: 一、 again under
#   第二阶段工作安排 or in 篇二 is correct and not flagged, and neither is
#   any restart at the first number. Markers that differ only in the mark
#   after the numeral (一、 and 一.) number one sequence; the mismatch itself
#   is structure/heading-level's business. A section whose sub-headings
#   are all unnumbered is a consistent style and is not flagged, nor are
#   unnumbered headings declared by markup (Markdown ##, Word heading
#   styles). A series that starts past 1 is not flagged when the paragraph
#   before it holds the first marker (措施如下：1、…). The groups and the
#   ordinals each heading is expected to carry are computed in Go
#   (input.facts.heading_numbering, facts/headings).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#structureheading-sequence
# custom:
#   id: structure/heading-sequence
#   category: structure
#   severity: error
#   needs: [facts.heading_numbering.out_of_sequence]  # reports only when one of these is non-empty
#   bad:
#     - text: "一、主要工作 / 二、存在的问题 / 四、下一步工作打算"
#       note: 三、 is missing
#     - text: "、县总工会的基本情况 / 二、精心组织，全面启动"
#       note: the first heading lost its numeral 一
#     - text: "（一）工会建家成效显著。 / （二）民主管理不断加强。 / 关心职工生活，解决实际难题。"
#       note: the third sub-heading needs （三）
#   good:
#     - text: "第一阶段工作总结 / 一、… / 二、… / 第二阶段工作安排 / 一、… / 二、…"
#       note: numbering restarts under a new part
#     - text: "一、主要做法 / 领导高度重视，精心安排部署。 / 召开民主测评会。 / 二、主要成效"
#       note: sub-headings without numbers throughout a section are a style
package gwlint.rules.structure["heading-sequence"]

import data.gwlint.result

# _out_of_sequence lists the headings whose ordinal is not the one their
# series calls for (slot.expected, always at least 1). Every finding below
# is about such a heading: a gap, a repeat, a step back or a late start has
# a wrong numeral, and a lost or absent numeral reads as ordinal 0. In a
# correct document the list is empty or nearly so, so each rule walks it
# instead of every heading. Go computes it (heading_numbering.
# out_of_sequence): a Rego pass over every heading costs microseconds per
# heading, and long documents have tens of thousands.
_out_of_sequence := input.facts.heading_numbering.out_of_sequence

# _misnumbered are the out-of-sequence headings that carry a wrong numeral:
# a gap, a repeat, a step back and a late start all have ordinal 2 or
# more. The others have lost their numeral or never had one (ordinal 0),
# or restart the series at 1, which is no error.
_misnumbered contains i if {
	some i in _out_of_sequence
	input.headings[i].ordinal > 1
}

_slots := input.facts.heading_numbering.slots

# A marker whose numeral was lost. When the next sibling agrees with the
# expected numeral the replacement is certain enough to suggest.
report contains finding if {
	some i in _out_of_sequence
	h := input.headings[i]
	h.missing_numeral
	s := _slots[i]
	finding := _missing_numeral(rego.metadata.chain(), h, s)
}

_missing_numeral(chain, h, s) := result.fix(
	chain, h.marker_span,
	sprintf("标题“%s”的序号缺少数字：按同级标题的顺序应为“%s”", [s.label, s.expected_marker]),
	s.expected_marker, sprintf("改为“%s”", [s.expected_marker]), false,
) if {
	s.expected_marker != ""
	s.next_ordinal in {0, s.expected + 1}
} else := result.fail(
	chain, h.span,
	sprintf("标题“%s”的序号缺少数字：请按同级标题的顺序补上序号", [s.label]),
)

# An unnumbered heading among numbered siblings.
report contains finding if {
	some i in _out_of_sequence
	h := input.headings[i]
	h.unnumbered
	not h.from_markup
	s := _slots[i]
	s.numbered_siblings > 0
	finding := result.fail(rego.metadata.chain(), h.span, _unnumbered_message(s))
}

_unnumbered_message(s) := sprintf(
	"标题“%s”没有序号，而同级的其他标题有序号：请补上序号“%s”",
	[s.label, s.expected_marker],
) if {
	s.expected_marker != ""
} else := sprintf("标题“%s”没有序号，而同级的其他标题有序号：请补上序号", [s.label])

# A gap after the previous sibling, unless a paragraph between the two
# starts with the missing marker: the heading is there but was not
# recognised as one, so nothing is missing (slot.expected_written_between,
# searched in Go over at most 30 paragraphs back).
report contains finding if {
	some i in _misnumbered
	h := input.headings[i]
	s := _slots[i]
	s.previous >= 0
	h.ordinal > s.expected
	not s.expected_written_between
	finding := result.fail(rego.metadata.chain(), h.marker_span, sprintf(
		"标题序号不连续：“%s”前一个同级标题是“%s”，中间缺少“%s”：请补上缺少的部分或重新编号",
		[s.label, _slots[s.previous].label, s.expected_marker],
	))
}

# A series that starts past its first number, unless the first item was
# written inside a paragraph between the parent heading and this one
# (要求如下：1、加强组织领导。 followed by a line 2、完善制度): a paragraph
# since the parent heading, at most 30 back, contains the first marker
# (slot.expected_written_before, searched in Go).
report contains finding if {
	some i in _misnumbered
	h := input.headings[i]
	s := _slots[i]
	s.previous == -1
	h.ordinal > 1
	s.numbered_siblings > 0
	s.expected_marker != ""
	not s.expected_written_before
	finding := result.fail(rego.metadata.chain(), h.marker_span, sprintf(
		"标题序号不连续：同级标题从“%s”开始，缺少“%s”：请补上缺少的部分或重新编号",
		[s.label, s.expected_marker],
	))
}

# The same number twice in a row.
report contains finding if {
	some i in _misnumbered
	h := input.headings[i]
	s := _slots[i]
	s.previous >= 0
	h.ordinal > 1
	h.ordinal == s.previous_ordinal
	finding := result.fail(rego.metadata.chain(), h.marker_span, sprintf(
		"标题序号重复：“%s”与前一个同级标题“%s”序号相同，此处应为“%s”：请重新编号",
		[s.label, _slots[s.previous].label, s.expected_marker],
	))
}

# A number smaller than the one before it (a restart at the first number
# is a new series, not an error).
report contains finding if {
	some i in _misnumbered
	h := input.headings[i]
	s := _slots[i]
	s.previous >= 0
	h.ordinal > 1
	h.ordinal < s.previous_ordinal
	finding := result.fail(rego.metadata.chain(), h.marker_span, sprintf(
		"标题序号顺序颠倒：“%s”排在“%s”之后：请调整顺序或重新编号",
		[s.label, _slots[s.previous].label],
	))
}
