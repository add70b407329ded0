package gwlint.rules.script["conversion-artifact_test"]

import data.gwlint.rules.script["conversion-artifact"] as rule
import data.gwlint.testutil

traditional := "縣總工會認真貫徹落實上級工會的各項部署，組織開展勞動競賽和職工技能培訓，維護職工合法權益。"

doc(text) := gwlint.input("t.txt", concat("\n", ["工作", traditional, text]))

findings(text) := fs if {
	fs := rule.report with input as doc(text)
}

flagged_in(text) := testutil.flagged(findings(text), doc(text))

test_straddling_phrase_artifacts if {
	flagged_in("關愛睏難職工，黨員帶頭髮揮作用，對錶現突出的個人表彰。") == {"睏難", "髮揮", "錶現"}
}

test_fix_restores_the_character if {
	some f in findings("做好睏難職工幫扶。")
	f.suggestions[0].replacement == "困難"
	f.suggestions[0].safe
	contains(f.message, "好困→好睏")
}

test_taiwan_terms_are_not_safe if {
	some f in findings("參加大學聯考。")
	f.suggestions[0].replacement == "高考"
	not f.suggestions[0].safe
}

test_correct_text_and_exclusions_pass if {
	count(findings("關愛困難職工，黨員帶頭發揮作用，對表現突出的個人表彰，發展人蔘加工產業。")) == 0
}

test_simplified_documents_are_not_checked if {
	fs := rule.report with input as gwlint.input("t.txt", "县总工会认真贯彻落实上级工会的各项部署，组织开展劳动竞赛和职工技能培训。睏難")
	count(fs) == 0
}
