package gwlint.rules.wording.collocation_test

import data.gwlint.rules.wording.collocation
import data.gwlint.testutil

findings(text) := fs if {
	fs := collocation.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

test_group_for_collective if {
	flagged_in("普遍开展工资团体协商，共签订团体合同370份。") == {"团体协商", "团体合同"}
	count(findings("为女职工办理团体安康保险，开展心理疏导团体辅导。")) == 0
}

test_spun_evaluation_phrases if {
	flagged_in("各项工作取得了必须成效，现将有关情景报告如下。") == {"取得了必须成效", "有关情景"}
}

test_ability_for_benshi if {
	flagged_in("不断增强职工的学习本事和创新本事。") == {"学习本事", "创新本事"}
	count(findings("他很有本事，学习能力和创新能力都强。")) == 0
}

test_face_to_face if {
	flagged_in("开展“应对面、心贴心”服务。") == {"应对面、"}
	count(findings("提高应对复杂局面的能力，面对面听取职工意见。")) == 0
}

test_by_means_of if {
	flagged_in("经过开展公开承诺活动，经过典型带动，党员作用进一步发挥。") == {"经过开展", "经过典型"}
	count(findings("经过学习，经过努力，经过认真研究，各项任务按期完成。")) == 0
}

test_form_an_atmosphere if {
	flagged_in("构成了创先争优的浓厚氛围。") == {"构成了创先争优的浓厚氛围"}
	count(findings("其行为已构成违纪，形成了浓厚氛围。")) == 0
}

test_suggestion_swaps_the_spun_word if {
	some f in findings("累计到达30余万元。")
	f.suggestions[0].replacement == "累计达到"
	contains(f.message, "“到达”")
}
