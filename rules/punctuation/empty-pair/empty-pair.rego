# METADATA
# title: 空的引号、书名号或括号
# description: |
#   Flags paired punctuation with nothing inside: “”, “ ”, 《》, （）, 【】.
#   In a report they are almost always left where a name, a date or a
#   document title was deleted from the template (开展“”主题活动, 根据《》
#   精神), and the reader cannot tell what was meant. ASCII () right after a
#   Latin letter or digit (a function name in a quoted command) is not
#   flagged.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#punctuationempty-pair
# custom:
#   id: punctuation/empty-pair
#   category: punctuation
#   severity: error
#   needs: [matches.empty_pair]  # reports only when one of these is non-empty
#   bad:
#     - text: 认真做好“ ”海峡两岸职工交流活动。
#     - text: 根据《》精神，结合我县实际，制定本方案。
#   good:
#     - text: 认真做好“6·18”海峡两岸职工交流活动。
#     - text: 根据《中华人民共和国工会法》精神，结合我县实际，制定本方案。
package gwlint.rules.punctuation["empty-pair"]

import data.gwlint.match
import data.gwlint.result

report contains finding if {
	some [m, entry] in match.kept("empty_pair")
	finding := result.fail(
		rego.metadata.chain(),
		m,
		sprintf("%s内没有内容（%s）：原文中的名称、日期或标题可能被删除了", [entry.name, m.text]),
	)
}
