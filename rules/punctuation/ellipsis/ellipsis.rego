# METADATA
# title: 省略号写法不规范
# description: |
#   Flags ellipses not written as the six-dot ……: a lone …, three ASCII
#   dots ... in Chinese text, 。。。, ··· and runs such as …………; and an
#   ellipsis followed by 等 (宣传……等活动), which says "and so on" twice
#   (GB/T 15834 treats 省略号 and 等 as alternatives). The fix for a wrong
#   form writes ……, and is safe; for ……等 it keeps 等, which an editor
#   should check.
#
#   Not flagged: dots in English or code (etc..., a...b), recognised when
#   no Chinese text touches the dots; leader dots before a page number in
#   a table of contents. The patterns are data (rules/data/punctuation.yaml,
#   punct_ellipsis).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#punctuationellipsis
# custom:
#   id: punctuation/ellipsis
#   category: punctuation
#   severity: warning
#   needs: [matches.punct_ellipsis]  # reports only when one of these is non-empty
#   bad:
#     - text: 开展走访、慰问、帮扶...
#       note: three ASCII dots stand for the Chinese ellipsis
#     - text: 开展学习、宣传、培训……等活动。
#   good:
#     - text: 开展走访、慰问、帮扶……
#     - text: The motto is "and so on..." in English.
package gwlint.rules.punctuation.ellipsis

import data.gwlint.match
import data.gwlint.result

report contains finding if {
	some [m, _] in match.kept("punct_ellipsis")
	not endswith(m.text, "等")
	m.text != "……"
	finding := result.fix(
		rego.metadata.chain(),
		m,
		sprintf("省略号写法不规范“%s”（%s%s）：应写作“……”", [m.text, m.before, m.text]),
		"……",
		"改为“……”",
		true,
	)
}

report contains finding if {
	some [m, _] in match.kept("punct_ellipsis")
	endswith(m.text, "等")
	finding := result.fix(
		rego.metadata.chain(),
		m,
		sprintf("省略号与“等”重复“%s”（%s%s%s）：二者只用其一，如改为“等”", [m.text, m.before, m.text, m.after]),
		"等",
		"删去省略号，保留“等”",
		false,
	)
}
