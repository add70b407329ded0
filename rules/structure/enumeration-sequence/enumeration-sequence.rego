# METADATA
# title: 列举序号不连续或形式混用
# description: |
#   Checks run-in enumerations, the 一是…二是…三是 series that carry most of
#   the substance of a work report, and their cousins 首先…其次…, 第一，…
#   第二，…, ①…②… and （1）…（2）… written inside paragraphs. It flags a
#   marker that lost its 是 (三加大对困难职工的帮扶力度 in a 一是/二是/四是
#   series), a gap (一是…二是…四是), a repeat (二是…二是), numbers going
#   backwards, a 一是-style or 第一-style series that starts past its first
#   item, and a series that changes style midway (首先…二是…三是…四是).
#   Such slips are what a reader notices first in a 汇报 and what a 范文
#   edited in a hurry leaves behind.
#
#   Accepted, because they are ordinary prose: 最后 closing a series of any
#   style; 首先…其次…第三, since 再次 also means "again" and writers go on
#   with 第三 (data: enumeration_styles.compatible); a 首先 series that
#   starts with 其次 (先…，其次… is idiomatic). A restart at the first number
#   opens a new series. The series, their items and the broken markers are
#   found by the parser (input.enumerations, parser/enum.go); the marker
#   forms used in messages are data (rules/data/structure.yaml).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#structureenumeration-sequence
# custom:
#   id: structure/enumeration-sequence
#   category: structure
#   severity: error
#   needs: [facts.enumeration_steps.broken, facts.enumeration_steps.irregular, facts.enumeration_steps.late_starts]  # reports only when one of these is non-empty
#   bad:
#     - text: "一是开展劳动竞赛。二是关爱劳模。三加大对困难职工的帮扶力度。四是搭建再就业平台。"
#       note: 三加大 lost its 是
#     - text: "首先做好困难职工建档工作；二是走访慰问困难劳模；三是做好金秋助学准备工作。"
#       note: a 首先 series continued by 二是
#     - text: "一是加强组织领导；二是完善工作机制；四是强化督促检查。"
#       note: 三是 is missing
#   good:
#     - text: "一是加强组织领导；二是完善工作机制；三是强化督促检查。"
#     - text: "首先召开专题会议，其次是精心制定方案，第三是召开动员大会。"
#       note: 首先…其次…第三 is accepted
package gwlint.rules.structure["enumeration-sequence"]

import data.gwlint.result

_styles := data.gwlint.enumeration_styles

# Go lists the few items a finding can be about
# (input.facts.enumeration_steps, facts/headings/enumerations.go), so that
# no rule below walks every item of every enumeration: in a correct
# document the lists are empty.
_steps := input.facts.enumeration_steps

# _irregular lists the items that are not simply the next number in their
# series' own style, as [series index, item index]: items of another style,
# and items whose ordinal is not one past the previous item's. Every
# finding below about a step between items (a gap, a repeat, a step back, a
# mixed style) is about such an item.
_irregular := _steps.irregular

# A marker that lost its 是: 三加大 in a 一是/二是 series.
report contains finding if {
	some [n, i] in _steps.broken
	item := input.enumerations[n].items[i]
	want := _marker_in_style("shi", item.ordinal, item.marker)
	finding := result.fix(
		rego.metadata.chain(), item.span,
		sprintf("列举序号“%s%s”缺少“是”：同组列举用“一是”“二是”这样的序号，此处应为“%s”", [item.marker, _short(item.text), want]),
		want, sprintf("改为“%s”", [want]), false,
	)
}

# A gap after the previous item.
report contains finding if {
	some [n, i] in _irregular
	e := input.enumerations[n]
	item := e.items[i]
	prev := e.items[i - 1]
	item.ordinal > prev.ordinal + 1
	finding := result.fail(rego.metadata.chain(), item.span, sprintf(
		"列举序号不连续：“%s”之后是“%s”，中间缺少%s：请补上或重新编号",
		[prev.marker, item.marker, _missing(e.style, prev.ordinal + 1, prev.marker)],
	))
}

# A 一是 or 第一 series that starts past its first item. A 其次 opening is
# idiomatic after 先… and is not flagged.
report contains finding if {
	some n in _steps.late_starts
	e := input.enumerations[n]
	first := e.items[0]
	e.style in {"shi", "di"}
	finding := result.fail(rego.metadata.chain(), first.span, sprintf(
		"列举序号不连续：这组列举从“%s”开始，缺少%s：请补上或重新编号",
		[first.marker, _missing(e.style, 1, first.marker)],
	))
}

# The same number twice in a row.
report contains finding if {
	some [n, i] in _irregular
	e := input.enumerations[n]
	item := e.items[i]
	prev := e.items[i - 1]
	item.ordinal == prev.ordinal
	not _nested(prev, item)
	finding := result.fail(rego.metadata.chain(), item.span, sprintf(
		"列举序号重复：“%s”之后又是“%s”：请重新编号",
		[prev.marker, item.marker],
	))
}

# A number smaller than the one before it (1 would open a new series).
report contains finding if {
	some [n, i] in _irregular
	e := input.enumerations[n]
	item := e.items[i]
	prev := e.items[i - 1]
	item.ordinal > 1
	item.ordinal < prev.ordinal
	not _nested(prev, item)
	finding := result.fail(rego.metadata.chain(), item.span, sprintf(
		"列举序号顺序颠倒：“%s”排在“%s”之后：请调整顺序或重新编号",
		[item.marker, prev.marker],
	))
}

# An item in another word style than the series: 首先 opening a 二是/三是
# series.
report contains finding if {
	some [n, i] in _irregular
	e := input.enumerations[n]
	item := e.items[i]
	item.style != e.style
	not _nested_at(e, i)
	item.style in _styles.word_styles
	e.style in _styles.word_styles
	not item.marker in _styles.closers
	not [e.style, item.style] in _styles.compatible
	finding := _mixed_style(rego.metadata.chain(), e, item)
}

# _nested holds for an item that changes style without moving on from the
# item before it: in 首先，在A方面，一是…二是…。其次，在B方面… the 其次 belongs
# to an outer series the parser joined to the inner one, and is neither a
# repeat nor a mix.
_nested(prev, item) if {
	item.style != prev.style
	item.ordinal <= prev.ordinal
}

_nested_at(e, i) if _nested(e.items[i - 1], e.items[i])

_mixed_style(chain, e, item) := result.fix(
	chain, item.span, _mixed_message(e, item, want),
	want, sprintf("改为“%s”", [want]), false,
) if {
	want := _marker_in_style(e.style, item.ordinal, _model(e))
} else := result.fail(chain, item.span, _mixed_message(e, item, "同一种形式"))

_mixed_message(e, item, want) := sprintf(
	"列举序号形式混用：这组列举用“%s”这样的序号，此处却用“%s”：应为“%s”",
	[_model(e), item.marker, want],
)

# _model is the first marker of the series' own style, to show the reader.
_model(e) := [item.marker | some item in e.items; item.style == e.style][0]

# _marker_in_style writes ordinal n in a word style, following the model
# marker where the style has variants (其二 / 二是, 第二 / 第二是).
_marker_in_style("shi", n, model) := concat("", ["其", _styles.numerals[n]]) if {
	startswith(model, "其")
} else := concat("", [_styles.numerals[n], "是"])

_marker_in_style("di", n, model) := concat("", ["第", _styles.numerals[n], "是"]) if {
	endswith(model, "是")
} else := concat("", ["第", _styles.numerals[n]])

_marker_in_style("first", n, _) := _styles.first_words[n] if n > 0

# _missing describes the missing item for a message: “三是”, or the
# position when the style has no word for it.
_missing(style, n, model) := sprintf("“%s”", [_marker_in_style(style, n, model)])

_missing(style, n, model) := sprintf("第%d项", [n]) if not _marker_in_style(style, n, model)

_short(text) := text if {
	count(text) <= 12
} else := concat("", [substring(text, 0, 11), "…"])
