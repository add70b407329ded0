# METADATA
# title: 不存在的日期
# description: |
#   Flags dates that cannot exist: a month outside 1–12 (2024年13月, 13月5日),
#   a day past the end of its month (2月30日, 6月31日, 9月31日) and 2月29日 in
#   a stated year that is not a leap year (2023年2月29日). A wrong date in a
#   公文 or 工作总结 is a factual error (条例: 时间…是否准确) and is usually a
#   typo for a nearby date.
#
#   Lunar dates (农历八月十五, 正月初八, 腊月二十八日) are only checked for a
#   month over 12 or a day over 30. A 2月29日 without a year is accepted,
#   as it may fall in a leap year. A month alone without a year or day
#   (13月 on its own, 5月份) is not read as a date. Go reads the dates
#   (facts/numbers/dates*.go, input.facts.dates).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#dateinvalid
# custom:
#   id: date/invalid
#   category: date
#   severity: error
#   needs: [facts.dates]  # reports only when one of these is non-empty
#   bad:
#     - text: 请各单位于2月30日前将名单报县总工会。
#     - text: 2023年2月29日，县总工会召开职工代表大会。
#   good:
#     - text: 请各单位于2月28日前将名单报县总工会。
#     - text: 2024年2月29日，县总工会召开职工代表大会。
package gwlint.rules.date.invalid

import data.gwlint.result

report contains finding if {
	some d in input.facts.dates
	not d.valid
	finding := result.fail(rego.metadata.chain(), d, message(d))
}

message(d) := sprintf("日期“%s”不存在：月份只能是1至12月，请核对", [d.text]) if d.problem == "month"

message(d) := sprintf("日期“%s”不存在：%d月只有%d天，请核对", [d.text, d.month, max_day(d)]) if d.problem == "day"

message(d) := sprintf("日期“%s”不存在：%d年不是闰年，2月只有28天，请核对", [d.text, d.year]) if d.problem == "leap-day"

max_day(d) := 30 if d.lunar

max_day(d) := 29 if {
	not d.lunar
	d.month == 2
}

max_day(d) := 30 if {
	not d.lunar
	d.month in {4, 6, 9, 11}
}

max_day(d) := 31 if {
	not d.lunar
	not d.month in {2, 4, 6, 9, 11}
}
