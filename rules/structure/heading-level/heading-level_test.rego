package gwlint.rules.structure["heading-level_test"]

import data.gwlint.rules.structure["heading-level"] as rule

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

doc(lines) := concat("\n", array.concat(["县总工会自我评价"], lines))

test_family_at_two_depths_is_reported_once_at_its_first_use if {
	text := doc([
		"一、基本情况", body,
		"二、主要成效",
		"1、党员干部素质进一步提升。", body,
		"2、党组织战斗力进一步增强。", body,
		"三、主要做法",
		"（一）精心组织，周密部署。", body,
		"（二）注重实际，务求实效",
		"1、依法推进工会组建。", body,
		"2、广泛开展劳动竞赛。", body,
	])
	flagged_texts(text) == {"1、党员干部素质进一步提升。"}
	some f in findings(text)
	contains(f.message, "在“二、主要成效”之下")
	contains(f.message, "在“（二）注重实际，务求实效”之下")
}

test_two_level_document_passes if {
	text := doc([
		"一、主要工作",
		"1.深化劳动竞赛", body,
		"2.加强技能培训", body,
		"二、下一步打算",
		"1.扩大建会覆盖面", body,
	])
	count(findings(text)) == 0
}

test_four_levels_in_order_pass if {
	text := doc([
		"一、主要工作",
		"（一）加强组织建设", body,
		"1.推进新建企业建会", body,
		"（1）开展专项检查。联合县人社局对46家企业开展劳动用工专项检查。",
		"（2）做好法律援助。县职工法律援助站全年接待来访职工218人次。",
		"（二）做好帮扶工作", body,
		"二、存在的问题", body,
	])
	count(findings(text)) == 0
}

test_inversion_is_flagged if {
	text := doc([
		"一、主要工作",
		"1.深化劳动竞赛",
		"（一）开展岗位练兵", body,
		"（二）组织技能比武", body,
		"2.加强技能培训", body,
	])
	flagged_texts(text) == {"（一）开展岗位练兵"}
	some f in findings(text)
	contains(f.message, "层次颠倒")
}

# Each inverted pair of families is reported once, at its first heading:
# here （一） under 1. and 1、 under （1）, the later 1、 under （2） not again.
test_each_inverted_pair_is_reported_at_its_first_heading if {
	text := doc([
		"一、主要工作",
		"1.深化劳动竞赛",
		"（一）开展岗位练兵", body,
		"（二）组织技能比武", body,
		"2.加强技能培训", body,
		"二、存在的问题",
		"（1）思想认识",
		"1、学习不够", body,
		"2、调研不够", body,
		"（2）工作作风",
		"1、作风不实", body,
	])
	fs := findings(text)
	count(fs) == 2
	flagged_texts(text) == {"（一）开展岗位练兵", "1、学习不够"}
}

test_same_rank_nesting_is_flagged if {
	text := doc([
		"一、主要工作",
		"1.深化劳动竞赛",
		"1、开展岗位练兵", body,
		"2、组织技能比武", body,
		"2.加强技能培训", body,
	])
	some f in findings(text)
	contains(f.message, "同一层级")
	contains(f.message, "（1）")
}

test_stray_sibling_gets_the_siblings_form if {
	text := doc(["一、主要工作", body, "二.存在的问题", body, "三、下一步打算", body])
	flagged_texts(text) == {"二."}
	some f in findings(text)
	f.suggestions[0].replacement == "二、"
}

test_parts_hold_their_own_outline if {
	text := doc([
		"第一部分 工作回顾",
		"一、强化政治引领", body,
		"二、聚焦建功立业", body,
		"第二部分 工作打算",
		"一、持续加强思想引领", body,
	])
	count(findings(text)) == 0
}

test_numbered_lists_under_two_levels_pass if {
	text := doc([
		"一、主要工作",
		"（一）组织建设", body,
		"（二）劳动竞赛", body,
		"1.组织焊工、钳工两个工种的岗位练兵；",
		"2.举办技能比武决赛，评出技术能手十二名。",
		"二、下半年工作安排",
		"1.筹备召开职工代表大会；",
		"2.开展金秋助学活动。",
	])
	count(findings(text)) == 0
}

test_headings_with_body_at_two_levels_are_still_flagged if {
	text := doc([
		"一、主要工作",
		"（一）组织建设", body,
		"（二）劳动竞赛",
		"1.组织岗位练兵", body,
		"2.举办技能比武", body,
		"二、下半年工作安排",
		"1.筹备职代会", body,
		"2.开展金秋助学", body,
	])
	flagged_texts(text) == {"1.组织岗位练兵"}
}
