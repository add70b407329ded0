package gwlint.rules.punctuation.repeated_test

import data.gwlint.rules.punctuation.repeated as rule
import data.gwlint.testutil

doc(text) := gwlint.input("t.txt", text)

findings(text) := fs if {
	fs := rule.report with input as doc(text)
}

flagged_in(text) := testutil.flagged(findings(text), doc(text))

test_repeated_marks if {
	flagged_in("取得显著成效！！加强学习，，提高认识。。真的吗？？走访、、慰问；；") == {"！！", "，，", "。。", "？？", "、、", "；；"}
}

test_fix_keeps_one_mark if {
	some f in findings("取得显著成效！！！")
	f.suggestions[0].replacement == "！"
	f.suggestions[0].safe
}

test_question_with_exclamation if {
	count(findings("难道就此止步了吗？！不！？")) == 0
	some f in findings("难道就此止步了吗？？！")
	f.suggestions[0].replacement == "？！"
}

test_three_full_stops_are_an_ellipsis if {
	count(findings("走访、慰问。。。")) == 0
}
