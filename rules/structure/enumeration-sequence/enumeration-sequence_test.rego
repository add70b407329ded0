package gwlint.rules.structure["enumeration-sequence_test"]

import data.gwlint.rules.structure["enumeration-sequence"] as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

# flagged_markers gives the enumeration markers the findings point at.
flagged_markers(text) := {item.marker |
	d := gwlint.input("t.txt", text)
	fs := rule.report with input as d
	some f in fs
	some e in d.enumerations
	some item in e.items
	[item.span.start, item.span.end] == [f.start, f.end]
}

test_broken_marker_gets_its_shi if {
	text := "一是开展劳动竞赛，应对金融危机。\n二是关爱劳模。\n三加大对困难职工的帮扶力度\n四是搭建再就业平台。"
	flagged_markers(text) == {"三"}
	some f in findings(text)
	f.suggestions[0].replacement == "三是"
}

test_first_continued_by_shi_is_mixed if {
	text := "首先做好困难职工建档工作；二是走访慰问困难劳模；三是做好金秋助学准备工作。"
	flagged_markers(text) == {"首先"}
	some f in findings(text)
	f.suggestions[0].replacement == "一是"
}

test_gap_names_the_missing_marker if {
	text := "一是加强组织领导；二是完善工作机制；四是强化督促检查。"
	flagged_markers(text) == {"四是"}
	some f in findings(text)
	contains(f.message, "“三是”")
}

test_series_starting_late if {
	text := "二是完善工作机制；三是强化督促检查。"
	flagged_markers(text) == {"二是"}
}

test_repeat_is_flagged if {
	flagged_markers("第一，加强学习；第二，改进作风；第二，严守纪律。") == {"第二"}
}

test_in_order_series_pass if {
	count(findings("一是加强组织领导；二是完善工作机制；三是强化督促检查。")) == 0
	count(findings("首先，坚持学习；其次，履职尽责；再次，深入基层；最后，廉洁自律。")) == 0
	count(findings("第一，讲政治；第二，重服务；第三，守纪律。")) == 0
}

test_closer_and_third_after_first_pass if {
	count(findings("一是加强组织领导；二是完善工作机制；最后，强化督促检查。")) == 0
	count(findings("首先召开专题会议，其次是精心制定方案，第三是召开动员大会。")) == 0
}

test_nested_series_is_not_a_repeat if {
	text := "首先，在组织建设方面，一是推进建会，二是规范换届。其次，在维权方面，一是推进协商，二是做好援助。"
	count(findings(text)) == 0
}

test_messages_quote_the_markers if {
	some f in findings("一是加强组织领导；二是完善工作机制；四是强化督促检查。")
	contains(f.message, "“二是”之后是“四是”")
}
