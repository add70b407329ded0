package gwlint.rules.artifact.concatenated_test

import data.gwlint.rules.artifact.concatenated as rule
import data.gwlint.testutil

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

test_part_labels if {
	text := "县总工会半年工作总结篇一:县总工会半年工作总结 半年来，我县各级工会认真开展工作。 篇二:总工会上半年工作总结 半年来，我会在县委的领导下开展工作。"
	flagged_in(text) == {"篇一:", "篇二:"}
}

test_bracketed_and_numbered_labels if {
	flagged_in("【篇三】镇工会工作总结\n\n范文四：街道工会工作总结\n\n第五篇：学校工会工作总结") == {"【篇三】", "范文四：", "第五篇："}
}

test_second_title if {
	text := "城关镇工会2023年工作总结\n\n一年来，镇工会认真开展各项工作。\n\n城西街道工会2023年工作总结\n\n一年来，街道工会扎实推进各项工作。"
	flagged_in(text) == {"城西街道工会2023年工作总结"}
}

test_part_headings_and_set_phrases_pass if {
	count(findings("各基层工会要结合实际开展活动，避免千篇一律。")) == 0
	count(findings("城关镇工会2023年工作总结和2024年工作打算\n\n第一部分 2023年工作总结\n\n一年来，镇工会认真开展各项工作。\n\n第二部分 2024年工作计划\n\n新的一年，镇工会将继续努力。")) == 0
	count(findings("县总工会第一阶段工作总结\n\n一个多月来，县总工会认真开展活动。\n\n第二阶段工作安排\n\n认真开展整改。")) == 0
}

test_repeated_own_title_is_left_to_duplicate_paragraph if {
	count(findings("县总工会创先争优工作总结\n\n一个多月以来，县总工会按照统一部署开展活动。\n\n县总工会创先争优工作总结\n\n第一阶段工作总结")) == 0
}

test_compilations_hold_several_documents_on_purpose if {
	count(findings("全县工会工作总结汇编\n\n篇一：城关镇工会2023年工作总结\n\n一年来，镇工会认真开展各项工作。\n\n篇二：城西街道工会2023年工作总结\n\n一年来，街道工会扎实推进各项工作。")) == 0
}

test_attachment_title_is_not_a_second_document if {
	count(findings("关于表彰先进基层工会的通知\n\n各基层工会：现将有关材料印发给你们。\n\n附件1\n\n城关镇工会2023年工作总结\n\n一年来，镇工会认真开展各项工作。")) == 0
}
