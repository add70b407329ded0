package gwlint.rules.structure["heading-sequence_test"]

import data.gwlint.rules.structure["heading-sequence"] as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

# flagged_texts names what each finding covers: a heading's marker, or the
# whole heading (marker and text).
flagged_texts(text) := {covered(d, f) |
	d := gwlint.input("t.txt", text)
	fs := rule.report with input as d
	some f in fs
}

covered(d, f) := h.marker if {
	some h in d.headings
	[h.marker_span.start, h.marker_span.end] == [f.start, f.end]
}

covered(d, f) := concat("", [h.marker, h.text]) if {
	some h in d.headings
	[h.span.start, h.span.end] == [f.start, f.end]
}

body := "全年共走访慰问困难职工和一线职工一百余户，送去慰问金和慰问品，受到职工群众的普遍欢迎。"

doc(lines) := concat("\n", array.concat(["镇总工会工作总结"], lines))

test_gap_is_flagged_at_the_marker if {
	text := doc(["一、主要工作", body, "二、存在的问题", body, "四、下一步打算", body])
	flagged_texts(text) == {"四、"}
	some f in findings(text)
	contains(f.message, "缺少“三、”")
}

test_consecutive_headings_pass if {
	count(findings(doc(["一、主要工作", body, "二、存在的问题", body, "三、下一步打算", body]))) == 0
}

test_repeat_is_flagged if {
	text := doc(["一、主要工作", "（一）加强组织建设", body, "（二）做好帮扶工作", body, "（二）丰富文体活动", body])
	flagged_texts(text) == {"（二）"}
	some f in findings(text)
	contains(f.message, "重复")
	contains(f.message, "（三）")
}

test_backwards_is_flagged if {
	text := doc(["一、主要工作", body, "三、存在的问题", body, "二、下一步打算", body])
	count({f | some f in findings(text); contains(f.message, "顺序颠倒")}) == 1
}

test_missing_numeral_has_a_fix if {
	text := doc(["、县总工会的基本情况", body, "二、精心组织，全面启动", body, "三、搞好学习，筑牢根基", body])
	some f in findings(text)
	f.suggestions[0].replacement == "一、"
	contains(f.message, "缺少数字")
	f.end - f.start == 3
}

test_unnumbered_among_numbered_siblings if {
	text := doc([
		"一、主要做法", body,
		"二、主要成效",
		"（一）工会建家工作成效显著。", body,
		"（二）职工民主管理不断加强。", body,
		"发挥工会大学校作用。", body,
		"关心职工生活，解决实际难题。", body,
	])
	flagged_texts(text) == {"发挥工会大学校作用。", "关心职工生活，解决实际难题。"}
	some f in findings(text)
	contains(f.message, "（四）")
}

test_unnumbered_section_is_a_style if {
	text := doc([
		"一、主要做法",
		"领导高度重视，精心安排部署。", body,
		"召开会员评家民主测评会。", body,
		"二、主要成效", body,
	])
	count(findings(text)) == 0
}

test_restart_under_a_new_part_passes if {
	text := doc([
		"第一阶段工作总结",
		"一、精心组织，全面启动", body,
		"二、搞好学习，筑牢根基", body,
		"第二阶段工作安排",
		"一、开展党性教育活动", body,
		"二、开展对照聚焦活动", body,
	])
	count(findings(text)) == 0
}

test_series_starting_late_is_flagged if {
	text := doc(["二、存在的问题", body, "三、下一步打算", body])
	some f in findings(text)
	contains(f.message, "缺少“一、”")
}

test_first_item_run_in_before_passes if {
	text := doc(["主要措施如下：1、加强组织领导，明确责任分工。", "2、完善工作制度", body, "3、强化督促检查", body])
	count(findings(text)) == 0
}

test_stray_sibling_opens_no_gap if {
	text := doc(["一、主要工作", body, "二.存在的问题", body, "三、下一步打算", body])
	count(findings(text)) == 0
}

test_first_item_inline_in_an_earlier_paragraph_passes if {
	text := doc(["现将有关情况报告如下：一、基本情况。全县共有基层工会二百个。", body, "二、主要做法", body, "三、存在的问题", body])
	count(findings(text)) == 0
}

test_unrecognised_heading_in_between_is_no_gap if {
	# 三、2025年工作打算 is written; whether or not it is taken for a
	# heading, 四、 does not follow a gap.
	text := doc(["一、主要工作", body, "二、存在的问题", body, "三、2025年工作打算", body, "四、工作要求", body])
	count(findings(text)) == 0
}

test_missing_marker_inside_a_paragraph_is_still_a_gap if {
	# 三、 in the middle of a sentence is no unrecognised heading: only a
	# paragraph that starts with the missing marker closes the gap.
	text := doc(["一、主要工作", body, "二、存在的问题", concat("", ["职工反映的问题主要有两个方面，本文第三、四部分分别说明。", body]), "四、下一步打算", body])
	flagged_texts(text) == {"四、"}
}
