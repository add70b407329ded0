# METADATA
# title: 顿号与连词连用
# description: |
#   Flags a 顿号 directly before a conjunction (和 及 与 或 以及 并):
#   工作步骤、和工作要求. The conjunction already joins the last item of the
#   series, so GB/T 15834 puts no 顿号 before it; the fix deletes the 顿号
#   (safe, except before 并, where a comma may be meant).
#
#   Not flagged: words that only begin with the conjunction's character and
#   are items of the series themselves, such as 和谐, 与时俱进, 及时, 并肩,
#   与会. They are listed under `unless` in rules/data/punctuation.yaml
#   (punct_dunhao_conjunction) and, once word segmentation is on, any
#   other word the segmenter knows is dropped too (boundary: word).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#punctuationdunhao-conjunction
# custom:
#   id: punctuation/dunhao-conjunction
#   category: punctuation
#   severity: error
#   needs: [matches.punct_dunhao_conjunction]  # reports only when one of these is non-empty
#   bad:
#     - text: 明确了目标任务、工作步骤、和工作要求。
#       note: 和 joins the last item; the 顿号 before it goes
#     - text: 开展走访慰问、以及困难帮扶工作。
#   good:
#     - text: 明确了目标任务、工作步骤和工作要求。
#     - text: 倡导勤学善思、与时俱进、服务为先，建设和谐、稳定的劳动关系。
package gwlint.rules.punctuation["dunhao-conjunction"]

import data.gwlint.match
import data.gwlint.result

report contains finding if {
	some [m, entry] in match.kept("punct_dunhao_conjunction")
	object.get(m, "word_end", true)
	conjunction := trim_prefix(m.text, "、")
	safe := conjunction != "并"
	finding := result.fix(
		rego.metadata.chain(),
		m,
		sprintf("顿号后紧跟连词“%s”（%s%s%s）：连词已连接最后一项，请删去顿号", [conjunction, m.before, m.text, m.after]),
		conjunction,
		"删去顿号",
		safe,
	)
}
