# METADATA
# title: 日期与星期不符
# description: |
#   Flags a Gregorian date whose stated weekday is wrong: 2024年5月12日（星期一）
#   was a Sunday. Schedules in 通知 and 工作安排 pair dates with weekdays, and
#   a mismatch sends readers to the wrong day.
#
#   A date needs a year to have a weekday. When the date states its year
#   (or its range does: 2024年9月23日至27日), that year is used. When it does
#   not (9月23日（星期一）), the years the context gives are used: the year of
#   the nearest earlier date that states one (within eight paragraphs) and
#   any year in the document title; the weekday is flagged only when it is
#   wrong in every one of them, since a plan titled 2025 may date a meeting
#   in December 2024. A date with no year in its context is not checked.
#   Lunar dates (农历, 正月初八) have no Gregorian weekday and are skipped,
#   as are invalid dates (date/invalid reports those). Go reads the dates
#   and computes the calendar (facts/numbers/dates*.go, input.facts.dates).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#dateweekday-mismatch
# custom:
#   id: date/weekday-mismatch
#   category: date
#   severity: error
#   needs: [facts.dates]  # reports only when one of these is non-empty
#   bad:
#     - text: 定于2024年5月12日（星期一）上午9时召开动员大会。
#       note: 2024年5月12日 was a Sunday
#     - text: 体检时间为2024年9月23日至27日，9月24日（星期三）为市公路中心。
#       note: the year comes from the range before it; 9月24日 was a Tuesday
#   good:
#     - text: 定于2024年5月13日（星期一）上午9时召开动员大会。
#     - text: 定于农历八月十五（星期二）举办联欢活动。
#       note: a lunar date is not checked
package gwlint.rules.date["weekday-mismatch"]

import data.gwlint.result

report contains finding if {
	some d in mismatched
	count(d.weekdays) == 1
	finding := result.fix(
		rego.metadata.chain(),
		weekday_span(d),
		message(d),
		concat("", [prefix(d), names[d.weekdays[0]]]),
		"改为日历上的星期",
		false,
	)
}

# With several candidate years the right weekday is unknown: no suggestion.
report contains finding if {
	some d in mismatched
	count(d.weekdays) > 1
	finding := result.fail(rego.metadata.chain(), weekday_span(d), message(d))
}

mismatched contains d if {
	some d in input.facts.dates
	d.weekday != 0
	count(d.weekdays) > 0
	not d.weekday in {w | some w in d.weekdays}
}

weekday_span(d) := {"start": d.weekday_start, "end": d.weekday_end}

names := ["", "一", "二", "三", "四", "五", "六", "日"]

# The weekday is written with its own prefix (星期/周/礼拜): keep it.
prefix(d) := substring(d.weekday_text, 0, count(d.weekday_text) - 1)

message(d) := sprintf("“%s”是星期%s，不是“%s”：请核对日期或星期", [d.text, names[d.weekdays[0]], d.weekday_text]) if {
	d.year_stated
}

message(d) := sprintf("“%s”在%d年是星期%s，不是“%s”：请核对日期或星期（年份按上文推定）", [
	d.text, d.years[0], names[d.weekdays[0]], d.weekday_text,
]) if {
	not d.year_stated
	count(d.years) == 1
}

message(d) := sprintf("“%s”在%s年分别是%s，都不是“%s”：请核对日期或星期（年份按标题推定）", [
	d.text, concat("、", [sprintf("%d", [y]) | some y in d.years]),
	concat("、", [concat("", ["星期", names[w]]) | some w in d.weekdays]), d.weekday_text,
]) if {
	not d.year_stated
	count(d.years) > 1
}
