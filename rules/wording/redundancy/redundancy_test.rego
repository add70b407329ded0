package gwlint.rules.wording.redundancy_test

import data.gwlint.rules.wording.redundancy
import data.gwlint.testutil

findings(text) := fs if {
	fs := redundancy.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

test_ji_dao if {
	flagged_in("此项工作涉及到全县职工，波及到多个单位。") == {"涉及到", "波及到"}
}

test_double_approximations if {
	flagged_in("大约500人左右，参赛企业超过30家以上。") == {"大约500人左右", "超过30家以上"}
}

test_yue_in_words_is_not_an_approximation if {
	count(findings("全年节约300元左右，签约20家左右，参赛企业超过30家，约500人参加。")) == 0
}

test_suggestion_drops_the_redundant_part if {
	some f in findings("防止此类问题不再发生。")
	f.suggestions[0].replacement == "防止此类问题再"
}

test_greeting_with_men if {
	flagged_in("各位代表们：") == {"各位代表们"}
	count(findings("请各位领导和同志们批评指正。")) == 0
}
