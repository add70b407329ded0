package gwlint.rules.placeholder.anonymised_test

import data.gwlint.rules.placeholder.anonymised
import data.gwlint.testutil

findings(text) := fs if {
	fs := anonymised.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

test_places if {
	flagged_in("如某省隆中镇，推荐某省省劳动模范，某县总工会和某区街道工会。") == {"某省", "某县", "某区"}
}

test_units_and_people if {
	flagged_in("某公司工会主席某某同志和某单位的某主席参加会议。") == {"某公司", "某某同志", "某单位", "某主席"}
}

test_dates if {
	flagged_in("某年上半年，于某年某月某日召开大会。") == {"某年", "某年某月某日"}
}

test_traditional_text if {
	flagged_in("某縣總工會認真貫徹上級部署。") == {"某縣"}
}

test_ordinary_words_pass if {
	count(findings("某些企业工会作用发挥不够，某项工作还有差距，在某种程度上、某一方面、某个环节存在不足。")) == 0
	count(findings("某人某次在某地提出某类问题，某位同志作了回应。")) == 0
}

test_words_that_start_like_an_entry_pass if {
	count(findings("规范某市场秩序，服务某区域发展，某省份的某年级学生，某校区的某年轻干部。")) == 0
}

test_message_says_what_to_write if {
	some f in findings("某县总工会")
	f.rule == "placeholder/anonymised"
	contains(f.message, "请写明实际的地名")
}
