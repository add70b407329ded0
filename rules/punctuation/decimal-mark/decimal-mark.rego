# METADATA
# title: 数字或节日名称中误用标点
# description: |
#   Flags a Chinese punctuation mark typed inside a number or a festival
#   name: a decimal point written as 。 (5。3万元, typed with the period key
#   of a Chinese input method) or as ， before one digit and 万/亿/%
#   (3，5万元), and festival names split by a full stop (三。八期间, 五。一,
#   七。一, 八。一, 十。一). A reader cannot tell whether 5。3万元 is one
#   amount or the end of a sentence, and an auditor will ask.
#
#   Not flagged: the 顿号 between numbers, which is read as a list (3、5万元,
#   1、2月份, 分获一、二等奖); a comma after 分别 or 依次, or in a series
#   (第1，2，3期); a sentence that ends in a number before one that starts
#   with a date (共300。10月份以来).
#   The patterns are data (rules/data/punctuation.yaml, punct_decimal_mark);
#   the fix replaces the mark with a decimal point or deletes it.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#punctuationdecimal-mark
# custom:
#   id: punctuation/decimal-mark
#   category: punctuation
#   severity: error
#   needs: [matches.punct_decimal_mark]  # reports only when one of these is non-empty
#   bad:
#     - text: 全年发放帮扶款物金额5。3万元。
#       note: the decimal point was typed as a full stop
#     - text: 三。八期间，县总工会组织女职工开展健康讲座。
#   good:
#     - text: 全年发放帮扶款物金额5.3万元，在三八妇女节期间组织女职工开展健康讲座。
#     - text: 1、2月份共组织培训3期，分获一、二等奖，分别投入3、5万元。
package gwlint.rules.punctuation["decimal-mark"]

import data.gwlint.match
import data.gwlint.result

report contains finding if {
	some [m, entry] in match.kept("punct_decimal_mark")
	replacement := regex.replace(m.text, sprintf("[%s]", [entry.drop]), entry.to)
	finding := result.fix(
		rego.metadata.chain(),
		m,
		sprintf("%s：“%s”应为“%s”", [entry.what, m.text, replacement]),
		replacement,
		sprintf("改为“%s”", [replacement]),
		entry.safe,
	)
}
