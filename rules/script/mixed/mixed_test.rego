package gwlint.rules.script.mixed_test

import data.gwlint.rules.script.mixed as rule
import data.gwlint.testutil

simplified := "县总工会认真贯彻落实上级工会的各项部署，组织开展劳动竞赛和职工技能培训，维护职工合法权益，服务职工群众。全县基层工会围绕中心、服务大局，积极开展送温暖活动，帮助困难职工解决实际问题。"

traditional := "縣總工會認真貫徹落實上級工會的各項部署，組織開展勞動競賽和職工技能培訓，維護職工合法權益，服務職工羣衆。全縣基層工會圍繞中心、服務大局，積極開展送溫暖活動，幫助困難職工解決實際問題。"

doc(text) := gwlint.input("t.txt", concat("\n", ["工作", text]))

findings(text) := fs if {
	fs := rule.report with input as doc(text)
}

flagged_in(text) := testutil.flagged(findings(text), doc(text))

test_traditional_in_simplified if {
	some f in findings(concat("", [simplified, "召开會議部署工作。"]))
	f.suggestions[0].replacement == "会议"
	f.suggestions[0].safe
	contains(f.message, "简体文稿中夹有繁体字“會議”")
}

test_simplified_in_traditional if {
	some f in findings(concat("", [traditional, "召開会議。"]))
	f.suggestions[0].replacement == "會"
}

test_ambiguous_form_lists_choices if {
	some f in findings(concat("", [traditional, "要进一步发展。"]))
	contains(f.message, "發/髮")
	not f.suggestions
}

test_one_script_passes if {
	count(findings(simplified)) == 0
	count(findings(traditional)) == 0
}

test_no_majority_is_reported_once if {
	fs := findings(concat("", [simplified, traditional]))
	count(fs) == 1
	some f in fs
	contains(f.message, "繁简混用")
}
