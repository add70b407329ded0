package gwlint.rules.punctuation.halfwidth_test

import data.gwlint.rules.punctuation.halfwidth as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", concat("\n", ["工作情况报告", text]))
}

texts(text) := {f.message | some f in findings(text)}

test_each_mark_gets_a_safe_fix if {
	fs := findings("加强学习,提高认识;狠抓落实(重点)。")
	count(fs) == 4
	replacements := {s.replacement | some f in fs; some s in f.suggestions; s.safe}
	replacements == {"，", "；", "（", "）"}
}

test_spaces_around_the_mark_go_with_it if {
	some f in findings("半年来, 我县各级工会积极作为。")
	f.suggestions[0].replacement == "，"
	f.end - f.start == 2
}

test_not_in_numbers_addresses_or_english if {
	count(findings("上午8:30开会，共1,200人，增长3.5%，详见http://a.gov.cn/x?id=1，口号是 Hello, world 。")) == 0
}

test_message_quotes_the_context if {
	some f in findings("现将有关情况报告如下:一是加强领导。")
	contains(f.message, "半角冒号“:”")
	contains(f.message, "报告如下:一是加强")
}

many := concat("", [s | some _ in numbers.range(1, 12); s := "工作,"])

test_marks_past_the_limit_are_summed_up_once if {
	fs := findings(many)
	count(fs) == 6
	count([f | some f in fs; f.suggestions]) == 5
	some summary in fs
	contains(summary.message, "共有 12 处半角标点（逗号 12 处）")
	contains(summary.message, "其余 7 处")
	not summary.suggestions
}

test_limit_zero_reports_every_mark if {
	fs := rule.report with input as gwlint.input("t.txt", concat("\n", ["工作情况报告", many]))
		with data.gwlint.settings.options.punctuation.halfwidth.max_per_document as 0
	count(fs) == 12
}

test_mixed_widths_summarised if {
	fs := findings("加强学习，提高认识；狠抓落实;注重实效。")
	count(fs) == 2
	some f in fs
	contains(f.message, "本文同时使用全角和半角标点：半角 1 处（分号 1 处），全角 2 处")
}

test_all_fullwidth_passes if {
	count(findings("加强学习，提高认识；狠抓落实（重点）！")) == 0
}
