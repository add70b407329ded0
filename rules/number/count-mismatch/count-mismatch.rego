# METADATA
# title: 所述数量与列举项数不符
# description: |
#   Flags a stated count that differs from the number of items listed for
#   it, in either direction: 从以下五个方面 followed by 一是, 二是, 三是 only;
#   主要有两点 followed by three points; A、B、C、D等三个阶段. A reader of a
#   report counts the items; a count that does not add up suggests a
#   deleted or forgotten point and is sent back for correction.
#
#   Go associates each count with its items (facts/numbers/counts*.go,
#   input.facts.counts): the run-in series (一是…, 首先…, 第一…) that starts
#   right after the count, the child headings of a heading that states a
#   count, the headings that follow an introducing paragraph, or the
#   、-separated items before 等N个 or after a colon. This rule decides, and
#   is deliberately conservative:
#   - a forward count must clearly introduce its list (its sentence ends in
#     a colon, says 以下/如下, is a heading, or the series follows at once);
#   - a list before 等 may name only some items (陈凌霄等四位同志,
#     A、B等五家企业), so only more items than stated is a mismatch;
#   - the headings after an introduction may go on with other parts (存在的
#     问题, 下一步打算), so only fewer headings than stated is a mismatch;
#   - a 、 list that also joins items with 和/及/与 is not counted.
#   Numerals in quotation marks (“五查五看”, “三个代表”), counts that
#   refer back (这两篇文章, 以上三点) and quantities (达成共识11项) are never
#   read as announcements.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#numbercount-mismatch
# custom:
#   id: number/count-mismatch
#   category: number
#   severity: warning
#   needs: [facts.counts]  # reports only when one of these is non-empty
#   bad:
#     - text: "园区工会从以下五个方面开展工作：一是推进建会入会；二是做好帮扶慰问；三是丰富文化生活。"
#       note: five announced, three listed
#     - text: "通过学习发动、分析评议、整改提高、巩固成果等三个阶段推进活动。"
#       note: four stages named before 等三个阶段
#   good:
#     - text: "存在的问题主要有两点：一是覆盖面不广；二是精准度不高。"
#     - text: "东河精密机械有限公司等五家企业被评为示范单位。"
#       note: one company named, 等五家 is a partial list
package gwlint.rules.number["count-mismatch"]

import data.gwlint.result

# Every kind of mismatch below has found != count, so that cheap test
# comes first and the four-way mismatch function only sees the counts
# that are off (none, in a correct document).
report contains finding if {
	some c in input.facts.counts
	c.found != c.count
	mismatch(c)
	finding := result.fail(rego.metadata.chain(), c, message(c))
}

# A forward count that introduces a series, child headings or a 、 list
# must match it exactly.
mismatch(c) if {
	c.direction == "forward"
	c.introduces
	c.source in {"enumeration", "children", "list"}
	not c.joined
	c.found != c.count
}

# Headings after an introduction may continue with other parts of the
# report, so only a shortfall counts.
mismatch(c) if {
	c.direction == "forward"
	c.introduces
	c.source == "headings"
	c.found < c.count
}

# A full 、 list closed by its size: 劳动、工会、企业三方.
mismatch(c) if {
	c.direction == "backward"
	c.source == "list"
	not c.partial
	not c.joined
	c.found != c.count
}

# A list before 等 may be partial, but never longer than its count.
mismatch(c) if {
	c.direction == "backward"
	c.source == "list"
	c.partial
	not c.joined
	c.found > c.count
}

message(c) := sprintf("“%s”说明有%d项，但%s列出了%d项（%s）：请核对数量或补全、删减列举内容", [
	c.text, c.count, where(c), c.found, concat("、", [it.text | some it in c.items]),
])

where(c) := "前面" if c.direction == "backward"

where(c) := "后面" if c.direction == "forward"
