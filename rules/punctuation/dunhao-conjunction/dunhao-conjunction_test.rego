package gwlint.rules.punctuation["dunhao-conjunction_test"]

import data.gwlint.rules.punctuation["dunhao-conjunction"] as rule
import data.gwlint.testutil

doc(text) := gwlint.input("t.txt", text)

findings(text) := fs if {
	fs := rule.report with input as doc(text)
}

flagged_in(text) := testutil.flagged(findings(text), doc(text))

test_dunhao_before_conjunctions if {
	flagged_in("明确了目标任务、工作步骤、和工作要求，做好走访、以及帮扶，学习、与交流。") == {"、和", "、以及", "、与"}
}

test_fix_deletes_the_dunhao if {
	some f in findings("工作步骤、和工作要求")
	f.suggestions[0].replacement == "和"
	f.suggestions[0].safe
}

test_before_bing_the_fix_is_not_safe if {
	some f in findings("召开会议、并部署工作")
	not f.suggestions[0].safe
}

test_words_beginning_with_the_conjunction_pass if {
	count(findings("倡导勤学善思、与时俱进、服务为先，建设团结、和谐的劳动关系，做到及早发现、及时处置，组织学员、与会代表团结协作、并肩作战。")) == 0
}
