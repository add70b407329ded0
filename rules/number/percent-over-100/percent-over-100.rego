# METADATA
# title: 占比类百分数超过100%
# description: |
#   Flags a share-type percentage above 100%: 职工入会率达120%, 满意率达到105%,
#   占全县职工总数的135%. A rate that is a share of a whole (入会率, 覆盖率,
#   满意率, 参与率, 签订率, 建会率, 合格率, 知晓率, 占…的) cannot exceed 100%;
#   such a figure is a typo or a wrong base and discredits the report.
#
#   Growth, completion and year-on-year figures may exceed 100% and are not
#   flagged (同比增长120%, 完成年度计划的115%, 完成率108%): a percentage is a
#   share only when a share word stands in its clause and no growth or
#   completion word does (满意率比去年提高了120% is a change, not a share).
#   The word lists live in rules/data/numbers.yaml under numbers.percent;
#   Go supplies each percentage with the words before it and the nearest
#   share word and any growth cue among them (facts/numbers/percents.go,
#   input.facts.percents).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#numberpercent-over-100
# custom:
#   id: number/percent-over-100
#   category: number
#   severity: warning
#   needs: [facts.percents]  # reports only when one of these is non-empty
#   bad:
#     - text: 通过问卷调查，职工对工会活动的满意率达到105%。
#     - text: 全县非公企业职工入会率达120%。
#   good:
#     - text: 全县非公企业职工入会率达到100%，覆盖率为98.5%。
#     - text: 全年工会经费收入同比增长120%，完成年度计划的115%。
package gwlint.rules.number["percent-over-100"]

import data.gwlint.result

# Go finds the words (input.facts.percents[].share_word, .growth_cue): a
# search of every share word and growth cue in every subject cost the rule
# about 60 builtin calls per percentage above 100.
report contains finding if {
	some p in input.facts.percents
	p.value > 100
	p.share_word != ""
	p.growth_cue == ""
	finding := result.fail(rego.metadata.chain(), p, sprintf(
		"“%s%s”超过100%%：%s是占比，不能超过100%%，请核对数值或计算基数",
		[p.subject, p.text, p.share_word],
	))
}
