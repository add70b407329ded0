# METADATA
# title: 数字缺失
# description: |
#   Flags a unit or measure word whose number is missing: a counting
#   context demands a figure and none is written (共支出元整, 两年共完成组建家,
#   处理率达%, 今年的月份, 在年的基础上). Reports copied from a template or an
#   anonymised 范文 lose their figures this way; a 工作总结 or 自查报告 that
#   says 共支出元整 states nothing and is sent back.
#
#   The signal is built from word classes, not from sentences: a cue word
#   that demands a number (counting verbs 共/达/完成/组建/受理/帮扶, tallies
#   共有/据统计/分别为, nouns of quantity 人数/资金, a whole area 全县) followed
#   by a unit with no numeral between, a unit that closes a clause inside
#   the counting frame such a cue opens (共有媒体宣传次，报刊发稿篇，), a unit
#   that never stands alone (%, 万多元, 余人, 元整), 月份 after a time frame
#   or at a sentence start, and 年 right after a preposition (在年的).
#   The word segmenter keeps units inside words apart (组建家庭, 残疾人,
#   职工之家); vague counts and determiners supply a number (多场, 上百部,
#   每人, 若干名). It does not flag a unit with no cue before it, since
#   most bare measure words are parts of words.
#
#   Word classes live in rules/data/numbers.yaml under
#   numbers.missing_value; the Go extractor is facts/numbers/missing.go
#   (input.facts.missing_numbers).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#numbermissing-value
# custom:
#   id: number/missing-value
#   category: number
#   severity: error
#   needs: [facts.missing_numbers]  # reports only when one of these is non-empty
#   bad:
#     - text: 一年以来，我镇工会共支出元整，无账外账。
#       note: the amount before 元整 was deleted
#     - text: 半年来共受理职工投诉件，处理率达%。
#       note: two figures are missing, before 件 and before %
#     - text: 两年共完成组建家，发展工会会员4186人。
#   good:
#     - text: 一年以来，我镇工会共支出经费12.6万元，无账外账。
#     - text: 积极帮助青年职工组建家庭，人人参与志愿服务。
#     - text: 为职工送上百部影片，已巡回放映多场。
package gwlint.rules.number["missing-value"]

import data.gwlint.result

report contains finding if {
	some gap in input.facts.missing_numbers
	finding := result.fail(rego.metadata.chain(), gap, message(gap))
}

message(gap) := sprintf("“%s”缺少%s：“%s”前应有具体数字，请补上", [gap.text, what(gap), gap.unit]) if {
	gap.text != gap.unit
}

# A unit standing alone (分别为元，元) has nothing before it to quote.
message(gap) := sprintf("“%s”前缺少%s，请补上具体数字", [gap.unit, what(gap)]) if {
	gap.text == gap.unit
}

what(gap) := "月份" if gap.signal == "month"

what(gap) := "年份" if gap.signal == "year"

what(gap) := "百分比数值" if {
	gap.signal != "month"
	gap.signal != "year"
	gap.unit in {"%", "％"}
}

what(gap) := "数字" if {
	not gap.signal in {"month", "year"}
	not gap.unit in {"%", "％"}
}
