package gwlint.rules.artifact["duplicate-paragraph_test"]

import data.gwlint.rules.artifact["duplicate-paragraph"] as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

repeated_title := "總工會爭先創優工作總結\n\n一個多月以來，縣總工會按照縣委的統一部署開展活動。\n\n總工會爭先創優工作總結\n\n第一階段工作總結"

test_repeated_title_reports_the_second_copy if {
	fs := findings(repeated_title)
	count(fs) == 1
	some f in fs
	f.start == gwlint.input("t.txt", repeated_title).paragraphs[2].span.start
	f.message == "“總工會爭先創優工作總結”与第1行重复：请删除重复的一段"
}

test_truncated_snippet if {
	text := "今年上半年，县总工会在县委的领导下，团结动员全县职工建功立业...\n今年上半年，县总工会在县委的领导下，团结动员全县职工建功立业，取得了明显成效。"
	fs := findings(text)
	count(fs) == 1
	some f in fs
	f.start == 0
	contains(f.message, "第2行段落被截断的开头")
}

test_repeated_body_paragraph if {
	para := "县总工会组织开展了“送温暖”活动，慰问困难职工120户，发放慰问金6万元。"
	count(findings(concat("\n", ["工作总结", para, "二、下一步打算", para]))) == 1
}

test_short_lines_and_headings_may_repeat if {
	count(findings("县总工会\n\n关于做好职工体检工作的通知\n\n各基层工会：请按时组织职工体检。\n\n县总工会")) == 0
	count(findings("工作总结\n一、上半年工作\n（一）加强组织领导\n成立了领导小组。\n二、下半年打算\n（一）加强组织领导\n调整充实领导小组。")) == 0
}

test_snippet_of_another_text_is_not_truncated_copy if {
	count(findings("工作总结\n今年上半年，县总工会在县委的领导下开展工作……\n全县各级工会认真贯彻落实上级精神，取得了明显成效。")) == 0
}
