package gwlint.rules.artifact["layout-space_test"]

import data.gwlint.rules.artifact["layout-space"] as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

pdf_text := "工作总结\n半年来，我县各级工会认真贯彻上级精神 取得了明显成效。 一、加强组织建设 全年新建工会12家。 二、开展劳动竞赛 参赛职工达3000人。 三、做好帮扶工作 慰问困难职工120户。"

test_many_spaces_make_one_finding if {
	fs := findings(pdf_text)
	count(fs) == 1
	some f in fs
	startswith(f.message, "正文中有7处汉字之间夹着半角空格（如“级精神 取得了”、“成效。 一、加”、“织建设 全年新”）")
}

test_few_spaces_are_not_reported if {
	count(findings("工作总结\n半年来，我县各级工会认真贯彻上级精神 取得了明显成效。")) == 0
}

test_min_count_option if {
	count(findings("工作总结\n半年来，我县各级工会认真贯彻上级精神 取得了明显成效。")) == 1 with data.gwlint.settings.options.artifact["layout-space"].min_count as 1
}

test_spaces_next_to_digits_and_in_headings_do_not_count if {
	text := "工作总结\n一、学习劳模 规范管理\n二、帮困救助 落实措施\n全县共有会员 12000 名，比去年增加 800 名，新建工会 12 家，发展会员 860 名，培训 6 期。"
	count(findings(text)) == 0
}
