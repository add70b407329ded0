package gwlint.rules.punctuation.unpaired_test

import data.gwlint.rules.punctuation.unpaired as rule
import data.gwlint.testutil

doc(text) := gwlint.input("t.txt", concat("\n", ["工作情况报告", text]))

findings(text) := fs if {
	fs := rule.report with input as doc(text)
}

test_second_opening_quote_is_a_closing_one if {
	fs := findings("为全县女职工开展“两癌“免费筛查。")
	count(fs) == 1
	some f in fs
	f.suggestions[0].replacement == "“两癌”"
	not f.suggestions[0].safe
	contains(f.message, "方向错误")
}

test_unclosed_title_names_the_missing_mark if {
	some f in findings("根据《关于开展会员评家工作的通知要求，开展自查。")
	contains(f.message, "书名号只有前一半 《，缺少后一半 》")
	not f.suggestions
}

test_unopened_and_mismatched_brackets if {
	count(findings("慰问困难职工含农民工）326户。")) == 1
	some f in findings("慰问困难职工（含农民工]326户。")
	f.suggestions[0].replacement == "（含农民工）"
}

test_reversed_quotes if {
	some f in findings("开展”安康杯“竞赛。")
	f.suggestions[0].replacement == "“安康杯”"
}

test_complete_pairs_pass if {
	count(findings("开展“安康杯”竞赛，学习《工会法》（修正案），参照【标准】执行，学习“贯彻“两会”精神”。")) == 0
}

test_quotation_over_paragraphs_passes if {
	count(findings("他说：\n“第一段话。\n“第二段话。”")) == 0
}

test_span_covers_the_pair if {
	text := "开展“两癌“筛查。"
	some f in findings(text)
	f.end - f.start == count("“两癌“") * 3
}
