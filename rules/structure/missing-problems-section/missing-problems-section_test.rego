package gwlint.rules.structure["missing-problems-section_test"]

import data.gwlint.rules.structure["missing-problems-section"] as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

summary_without_problems := concat("\n", [
	"县总工会2024年上半年工作总结",
	"一、主要工作",
	"上半年，县总工会围绕中心、服务大局，扎实推进各项工作，取得了较好成效。",
	"二、下半年工作打算",
	"下半年，我们将继续深化工资集体协商，做好困难职工帮扶工作。",
])

test_flags_summary_without_problems if {
	count(findings(summary_without_problems)) == 1
}

test_heading_counts if {
	text := concat("\n", [summary_without_problems, "三、存在的问题", "一是基层工会组织建设不平衡；二是经费保障不足。"])
	count(findings(text)) == 0
}

test_inline_counts if {
	text := concat("\n", [
		"县总工会2024年上半年工作总结",
		"上半年工作取得一定成效，但也存在着一些不容忽视的问题和不足：一是宣传力度不够，二是基层基础薄弱。",
		"下半年，我们将继续加强基层工会建设。",
	])
	count(findings(text)) == 0
}

test_traditional_script_counts if {
	text := concat("\n", [
		"縣總工會上半年工作總結",
		"上半年工作取得一定成效，但存在的問題歸納起來有兩點：一是宣傳不夠，二是基礎薄弱。",
		"下半年，我們將繼續加強基層工會建設。",
	])
	count(findings(text)) == 0
}

test_kinds_without_the_requirement_pass if {
	text := concat("\n", ["创先争优活动自我评价", "两年来，县总工会认真开展创先争优活动，取得了较好成效。"])
	count(findings(text)) == 0
}

test_profile_from_config_overrides if {
	fs := rule.report with input as gwlint.input("t.txt", summary_without_problems)
		with data.gwlint.settings.profiles as {"半年工作总结": {"required_sections": []}}
	count(fs) == 0
}
