package gwlint.rules.structure["missing-plan-section_test"]

import data.gwlint.rules.structure["missing-plan-section"] as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

self_check_without_plan := concat("\n", [
	"县总工会经费使用情况自查报告",
	"一、基本情况",
	"今年以来，我会严格执行工会经费管理办法，经费收支情况良好。",
	"二、存在的问题",
	"个别基层工会票据管理不规范。",
])

test_flags_report_without_plan if {
	count(findings(self_check_without_plan)) == 1
}

test_rectification_heading_counts if {
	text := concat("\n", [self_check_without_plan, "三、整改措施", "加强票据管理培训，规范报销流程。"])
	count(findings(text)) == 0
}

test_inline_plan_counts if {
	text := concat("\n", [self_check_without_plan, "针对以上问题，我们将进一步完善制度，加强经费监督。"])
	count(findings(text)) == 0
}

test_next_half_year_counts if {
	text := concat("\n", [
		"县总工会上半年工作总结",
		"上半年成效明显，但还存在一些不足。",
		"下半年的工作思路",
		"1、加强工资集体协商工作的宣传。",
	])
	count(findings(text)) == 0
}

test_message_names_the_kind if {
	some f in findings(self_check_without_plan)
	contains(f.message, "自查报告")
}
