package gwlint.rules.number["percent-over-100_test"]

import data.gwlint.rules.number["percent-over-100"] as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

flagged(text) := {p.text |
	some f in findings(text)
	some p in gwlint.input("t.txt", text).facts.percents
	p.start == f.start
}

test_share_over_100 if {
	flagged("通过问卷调查，职工对工会活动的满意率达到105%。") == {"105%"}
	flagged("女职工占全县职工总数的135%。") == {"135%"}
}

test_traditional_and_fullwidth if {
	flagged("職工入會率達１２０％。") == {"１２０％"}
}

test_growth_and_completion_may_exceed_100 if {
	count(findings("全年工会经费收入同比增长120%，完成年度计划的115%。")) == 0
	count(findings("职工满意率比去年提高了120%。")) == 0
}

test_at_most_100_is_fine if {
	count(findings("入会率达到100%，覆盖率为98.5%，签订率已经达到了100%。")) == 0
}

test_percentage_without_share_word if {
	count(findings("经费支出超出年初预算108%。")) == 0
}

test_nearest_share_word_named if {
	some f in findings("工资集体合同签订率达到101%。")
	contains(f.message, "合同签订率是占比")
}
