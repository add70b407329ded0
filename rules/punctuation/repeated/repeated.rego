# METADATA
# title: 标点符号重复
# description: |
#   Flags the same mark typed twice or more: ！！, ？？, ，，, 。。, 、、, ；；, ：：.
#   One pause takes one mark (GB/T 15834); a doubled comma or full stop is a
#   keyboard slip, and ！！ reads as shouting in an official report. The fix
#   keeps one mark and is safe.
#
#   Not flagged: ？！ and ！？ (a question asked with feeling; longer runs of
#   them are reduced to these), and 。。。, which is a wrong ellipsis and
#   reported by punctuation/ellipsis. The patterns are data
#   (rules/data/punctuation.yaml, punct_repeated).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#punctuationrepeated
# custom:
#   id: punctuation/repeated
#   category: punctuation
#   severity: warning
#   needs: [matches.punct_repeated]  # reports only when one of these is non-empty
#   bad:
#     - text: 全年工作取得了显著成效！！
#       note: one exclamation mark is enough
#     - text: 加强学习，，提高认识。。
#   good:
#     - text: 全年工作取得了显著成效！
#     - text: 难道我们就此止步了吗？！
package gwlint.rules.punctuation.repeated

import data.gwlint.match
import data.gwlint.result

report contains finding if {
	some [m, entry] in match.kept("punct_repeated")
	m.text != entry.replacement
	finding := result.fix(
		rego.metadata.chain(),
		m,
		sprintf("标点重复“%s”（%s%s%s）：请只保留“%s”", [m.text, m.before, m.text, m.after, entry.replacement]),
		entry.replacement,
		sprintf("改为“%s”", [entry.replacement]),
		true,
	)
}
