package gwlint.rules.punctuation.ellipsis_test

import data.gwlint.rules.punctuation.ellipsis as rule
import data.gwlint.testutil

doc(text) := gwlint.input("t.txt", text)

findings(text) := fs if {
	fs := rule.report with input as doc(text)
}

flagged_in(text) := testutil.flagged(findings(text), doc(text))

test_wrong_forms if {
	flagged_in("走访…慰问...帮扶。。。培训…………学习···") == {"…", "...", "。。。", "…………", "···"}
}

test_fix_writes_six_dots if {
	some f in findings("开展走访、慰问、帮扶...")
	f.suggestions[0].replacement == "……"
	f.suggestions[0].safe
}

test_ellipsis_with_deng if {
	flagged_in("开展学习、宣传、培训……等活动。") == {"……等"}
	some f in findings("开展学习、宣传……等活动。")
	f.suggestions[0].replacement == "等"
	not f.suggestions[0].safe
}

test_correct_ellipsis_and_english_pass if {
	count(findings("开展走访、慰问、帮扶……")) == 0
	count(findings("The motto is \"and so on...\" in English.")) == 0
	count(findings("第一章 总则……………………3")) == 0
}
