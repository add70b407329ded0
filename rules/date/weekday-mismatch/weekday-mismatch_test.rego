package gwlint.rules.date["weekday-mismatch_test"]

import data.gwlint.rules.date["weekday-mismatch"] as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

test_wrong_weekday_with_year if {
	fs := findings("标题\n定于2024年5月12日（星期一）召开动员大会。")
	count(fs) == 1
	some f in fs
	f.message == "“2024年5月12日”是星期日，不是“星期一”：请核对日期或星期"
	f.suggestions[0].replacement == "星期日"
}

test_right_weekday if {
	count(findings("标题\n定于2024年5月13日（星期一）召开动员大会，5月18日（周六）休息。")) == 0
}

test_year_from_an_earlier_date if {
	text := "标题\n体检时间为2024年9月23日至27日。\n9月23日（星期一）：局机关；\n9月24日（星期三）：市公路中心。"
	fs := findings(text)
	count(fs) == 1
	some f in fs
	f.message == "“9月24日”在2024年是星期二，不是“星期三”：请核对日期或星期（年份按上文推定）"
	f.suggestions[0].replacement == "星期二"
}

test_weekday_right_in_one_context_year if {
	# 2024年12月20日 was a Friday, 2025年12月20日 a Saturday.
	count(findings("2025年工作计划\n12月20日（星期五）召开务虚会。")) == 0
	count(findings("2025年工作计划\n12月20日（星期六）召开务虚会。")) == 0
	fs := findings("2025年工作计划\n12月20日（星期一）召开务虚会。")
	count(fs) == 1
	some f in fs
	f.message == "“12月20日”在2024、2025、2026年分别是星期五、星期六、星期日，都不是“星期一”：请核对日期或星期（年份按标题推定）"
	not f.suggestions
}

test_no_year_in_context if {
	count(findings("标题\n5月12日（星期一）召开动员大会。")) == 0
}

test_lunar_dates_are_skipped if {
	count(findings("标题\n2024年农历八月十五（星期二）举办联欢活动。")) == 0
}

test_short_forms_keep_their_prefix if {
	some f in findings("标题\n2024年5月12日周一召开。")
	f.suggestions[0].replacement == "周日"
}
