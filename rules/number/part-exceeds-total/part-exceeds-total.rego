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
#   allows up to 1300) and an open one (300人以上) is never exceeded.
#
#   Parts after a bare 其中 may overlap (其中女职工500人，党员300人 are
#   subsets that share people), so their sum is checked only when they are
#   meant to make up the total: 分别为, items followed by 合计, or one list of
#   parts of the same kind joined by 、 under one 其中, whose labels end in
#   the same head noun (其中理论类图书1850册、技术类图书1620册). Parts in
#   separate clauses or with different heads (女职工500人、党员300人) are
#   only compared one by one.
#
#   A change is not a total: in 收入58.6万元，比上年增加12.4万元。其中，租金收入
#   24万元… the parts make up the income, not the increase, so Go skips a
#   figure right after a word of change (增加, 下降 …) when it picks the
#   total, unless the parts are changes too (增加120人，其中女职工增加50人).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#numberpart-exceeds-total
# custom:
#   id: number/part-exceeds-total
#   category: number
#   severity: warning
#   needs: [facts.totals]  # reports only when one of these is non-empty
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
	finding := result.fail(rego.metadata.chain(), sum_span(r), sprintf(
		"各分项（%s）之和为%s%s，大于总数“%s”：请核对分项和总数",
		[concat("、", [p.text | some p in r.parts]), format_amount(r.sum), r.base, r.total.text],
	))
}

# sum_span is where a sum that exceeds its total is shown: the parts
# after 其中, which come last and are what the reader must recheck against
# the total stated before them; the total of a 合计, which comes after its
# items.
sum_span(r) := {"start": r.parts[0].start, "end": r.parts[count(r.parts) - 1].end} if r.kind == "qizhong"

sum_span(r) := r.total if r.kind != "qizhong"

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
