# METADATA
# title: 未填写的模板占位符
# description: |
#   Flags template slots that were never filled in: runs of X/x/×, asterisks
#   and underscores, boxes, year masks (20__年, 20XX年) and date masks
#   (****年*月**日, X月X日). A 工作总结 or 自查报告 written from a 范文 that
#   still says "XX县总工会" or "副主席___任组长" is sent back by the office
#   that receives it, and anonymised copies on 范文 sites mask names, numbers
#   and dates this way.
#
#   The patterns are data (rules/data/placeholder.yaml); add your own with a
#   data file (`data:` in .gwlint.yaml) under patterns.placeholder. Forms that
#   are words, not slots, are excluded: X光 and X射线, 3×4, Latin words and
#   roman numerals (XXL, XXI), a bullet "* " at a line start, and ○ used as a
#   zero in 二○○三年.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#placeholderunfilled
# custom:
#   id: placeholder/unfilled
#   category: placeholder
#   severity: error
#   needs: [matches.placeholder]  # reports only when one of these is non-empty
#   bad:
#     - text: 自20__年开展创先争优活动以来，XX县总工会按照县委的统一部署……
#       note: 20__年 and XX县 are slots of the template
#     - text: 会议由副主席___任组长，办公室主任***具体负责。
#     - text: "****年*月**日，县召开动员大会。"
#   good:
#     - text: 自2023年开展创先争优活动以来，阜城县总工会按照县委的统一部署……
#     - text: 为职工免费进行X光和B超检查，规格为3×4米的宣传栏12块。
package gwlint.rules.placeholder.unfilled

import data.gwlint.match
import data.gwlint.result

report contains finding if {
	some [m, entry] in match.kept("placeholder")
	finding := result.fail(
		rego.metadata.chain(),
		m,
		sprintf("未填写的模板占位符“%s”：请填入实际的%s", [m.text, entry.what]),
	)
}
