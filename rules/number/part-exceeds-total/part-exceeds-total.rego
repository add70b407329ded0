# METADATA
# title: 分项数大于总数
# description: |
#   Flags a part larger than its total (共走访慰问困难职工120户，其中特困职工
#   135户; 共投入50万元，其中上级拨款65万元) and parts that add up to more
#   than the total they are meant to make up (分别为…, or items followed by
#   合计/共计/总计). Figures that contradict each other make the whole
#   report untrustworthy to the office that reads it.
#
#   Go relates totals and parts (facts/numbers/totals*.go, input.facts.totals):
#   the parts after 其中, each compared with the nearest number before 其中
#   in the same unit, and runs of clauses summed by 合计. Units are
#   normalised first (1.5万元 = 15000元); 人 and 人次 are different units
#   and never compared. An approximate total allows its range (1200余人
#   allows up to 1300) and an open one (300人以上) is never exceeded. Parts
#   after a bare 其中 may overlap (其中女职工500人，党员300人), so their sum
#   is checked only when 分别为 or 合计 says they partition the total.
#
#   A change is not a total: in 收入58.6万元，比上年增加12.4万元。其中，租金收入
#   24万元… the parts make up the income, not the increase, so a relation
#   whose total follows a word of change (增加, 下降 …) is skipped unless its
#   parts are changes too (增加120人，其中女职工增加50人).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#numberpart-exceeds-total
# custom:
#   id: number/part-exceeds-total
#   category: number
#   severity: warning
#   bad:
#     - text: 春节前共走访慰问困难职工120户，其中特困职工135户。
#     - text: 工会活动支出25.6万元，帮扶支出11.3万元，合计30万元。
#       note: the items add up to 36.9万元
#   good:
#     - text: 春节前共走访慰问困难职工120户，其中特困职工35户。
#     - text: 全县有会员1326人，其中女职工472人，党员380人。
package gwlint.rules.number["part-exceeds-total"]

import data.gwlint.result

# A part can only exceed a total whose maximum is below it, so that cheap
# comparison comes before the call to exceeds (open-ended totals, the
# tolerance) for the few parts that pass it.
report contains finding if {
	some r in input.facts.totals
	some part in r.parts
	part.value > r.total.max
	exceeds(part.value, r.total)
	not change_total(r)
	finding := result.fail(rego.metadata.chain(), part, sprintf(
		"分项“%s”大于总数“%s”：请核对这两个数字",
		[part.text, r.total.text],
	))
}

report contains finding if {
	some r in input.facts.totals
	r.partition
	not single_part_exceeds(r)
	exceeds(r.sum, r.total)
	not change_total(r)
	finding := result.fail(rego.metadata.chain(), r.total, sprintf(
		"各分项（%s）之和为%s%s，大于总数“%s”：请核对分项和总数",
		[concat("、", [p.text | some p in r.parts]), format_amount(r.sum), r.base, r.total.text],
	))
}

# change_total holds when the figure Go took as the total is the size of a
# change (比上年增加12.4万元) while the parts are not: the parts then belong
# to a figure before it, which Go does not pick (it takes the nearest number
# before 其中 in the unit). Found in the paragraph text by rune index, since
# the facts give byte offsets only; a figure written twice is judged by any
# of its occurrences.
change_total(r) if {
	text := input.paragraphs[r.paragraph].text
	after_change_word(text, r.total.text)
	not any_part_is_change(text, r)
}

any_part_is_change(text, r) if {
	some part in r.parts
	after_change_word(text, part.text)
}

# after_change_word holds when figure occurs in text right after a word of
# change, with 了 or an approximation (约, 近) allowed between.
after_change_word(text, figure) if {
	some i in indexof_n(text, figure)
	i > 0
	from := max([0, i - 6])
	regex.match(`(增加|增长|减少|下降|提高|降低|上升|增收|减收|净增)了?[约近]?$`, substring(text, from, i - from))
}

# exceeds holds when value is more than the largest value the total allows.
exceeds(value, total) if {
	not total.open_ended
	value > total.max + 0.000001
}

# single_part_exceeds holds when a part alone is already reported.
single_part_exceeds(r) if {
	some part in r.parts
	exceeds(part.value, r.total)
}

# format_amount prints integral sums without a decimal part.
format_amount(x) := sprintf("%d", [round(x)]) if x == round(x)

format_amount(x) := sprintf("%v", [x]) if x != round(x)
