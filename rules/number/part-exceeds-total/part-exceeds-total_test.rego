package gwlint.rules.number["part-exceeds-total_test"]

import data.gwlint.rules.number["part-exceeds-total"] as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

flagged(text) := {substring_bytes(text, f.start, f.end) | some f in findings(text)}

# substring_bytes cuts text by byte offsets, as findings give them.
substring_bytes(text, start, end) := t if {
	doc := gwlint.input("t.txt", text)
	some r in doc.facts.totals
	vals := array.concat([r.total], r.parts)
	some v in vals
	v.start == start
	v.end == end
	t := v.text
}

# flagged_parts holds when the only finding on text runs from the part
# written first to the part written last (a sum of parts after 其中).
flagged_parts(text, first, last) if {
	[f] := [f | some f in findings(text)]
	some r in gwlint.input("t.txt", text).facts.totals
	some a in r.parts
	a.text == first
	some b in r.parts
	b.text == last
	f.start == a.start
	f.end == b.end
}

test_part_larger_than_total if {
	flagged("春节前共走访慰问困难职工120户，其中特困职工135户。") == {"135户"}
}

test_units_are_normalised if {
	flagged("共投入资金50万元，其中上级拨款650000元。") == {"650000元"}
	count(findings("共投入资金50万元，其中上级拨款350000元。")) == 0
}

test_partition_sum if {
	flagged("工会活动支出25.6万元，帮扶支出11.3万元，合计30万元。") == {"30万元"}
	flagged_parts("参赛职工186人，其中男职工、女职工分别为100人、90人。", "100人", "90人")
}

test_overlapping_parts_are_not_summed if {
	count(findings("全县有会员1326人，其中女职工800人，党员700人。")) == 0
}

test_approximate_total_allows_its_range if {
	count(findings("共有会员1200余人，其中女职工1250人。")) == 0
	flagged("共有会员1200余人，其中女职工1350人。") == {"1350人"}
	count(findings("共有会员300人以上，其中女职工500人。")) == 0
}

test_different_units_are_not_compared if {
	count(findings("接待来访86人次，其中女职工150人。")) == 0
}

test_part_reported_once if {
	count(findings("参赛职工186人，其中男职工、女职工分别为200人、90人。")) == 1
}

test_message if {
	some f in findings("共走访困难职工120户，其中特困职工135户。")
	f.message == "分项“135户”大于总数“120户”：请核对这两个数字"
}

test_sum_message if {
	some f in findings("工会活动支出25.6万元，帮扶支出11.3万元，合计30万元。")
	contains(f.message, "之和为369000元")
}

test_change_is_not_a_total if {
	count(findings("全年村集体经济收入58.6万元，比上年增加12.4万元。其中，租金收入24万元，发电收入15.2万元。")) == 0
	count(findings("全年收入58.6万元，同比增长了约12.4万元，其中租金收入24万元，发电收入15.2万元，合计39.2万元。")) == 0
}

test_parts_of_a_change_are_still_checked if {
	flagged("全年新发展会员比上年增加120人，其中女职工增加150人。") == {"150人"}
}

test_change_figure_gives_way_to_the_total_before_it if {
	flagged("全年收入58.6万元，比上年增加12.4万元。其中，租金收入60万元。") == {"60万元"}
}

test_list_of_kinds_is_summed if {
	flagged_parts("现有藏书3200册，其中理论类图书1850册、技术类图书1620册。", "1850册", "1620册")
	flagged_parts("参赛职工186人，其中男职工100人、女职工90人。", "100人", "90人")
	count(findings("现有藏书3200册，其中理论类图书1850册、技术类图书1320册。")) == 0
}

test_lists_of_different_kinds_are_not_summed if {
	count(findings("全县有会员1326人，其中女职工800人、党员700人。")) == 0
	count(findings("全县有会员1326人，其中女职工800人，其中党员700人。")) == 0
}
