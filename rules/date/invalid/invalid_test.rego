package gwlint.rules.date.invalid_test

import data.gwlint.rules.date.invalid as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

flagged(text) := {d.text |
	some f in findings(text)
	some d in gwlint.input("t.txt", text).facts.dates
	d.start == f.start
}

test_day_past_month_end if {
	flagged("标题\n请于2月30日前报送，6月31日前完成，9月15日验收。") == {"2月30日", "6月31日"}
}

test_month_out_of_range if {
	flagged("标题\n2024年13月完成验收，13月5日召开会议。") == {"2024年13月", "13月5日"}
}

test_leap_day if {
	flagged("标题\n2023年2月29日召开大会，2024年2月29日召开会议。") == {"2023年2月29日"}
}

test_leap_day_without_year_is_accepted if {
	count(findings("标题\n定于2月29日召开。")) == 0
}

test_lunar_dates if {
	count(findings("标题\n农历腊月三十，正月初八上班。")) == 0
	flagged("标题\n农历八月三十一日") == {"农历八月三十一日"}
}

test_range_end_is_checked if {
	flagged("标题\n培训于4月28日至31日举行。") == {"31日"}
}

test_messages if {
	some f in findings("标题\n请于6月31日前报送。")
	f.message == "日期“6月31日”不存在：6月只有30天，请核对"
}

test_leap_message if {
	some f in findings("标题\n2023年2月29日召开大会。")
	contains(f.message, "2023年不是闰年")
}
