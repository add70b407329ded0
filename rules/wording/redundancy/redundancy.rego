# METADATA
# title: 语义重复
# description: |
#   Flags expressions that say the same thing twice: 涉及到 and 波及到 (及
#   already means 到), 大约…左右 and 超过…以上 (one approximation is enough),
#   公诸于众 (诸 is 之于), 凯旋归来, 不良陋习, 免费赠送, 之所以…的原因, 防止…
#   不再. A 公文 should be concise, and some of these change the meaning:
#   防止问题不再发生 literally asks to prevent the problem from stopping.
#   Each finding suggests the shorter form.
#
#   The list is data (rules/data/redundancy.yaml). It is info by default:
#   涉及到 and 来自于 are widespread and understood, and a reviewer decides
#   how strict to be. Numbers with 约 in 节约, 预约 or 签约 are not
#   approximations and are not flagged.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#wordingredundancy
# custom:
#   id: wording/redundancy
#   category: wording
#   severity: info
#   needs: [matches.redundancy]  # reports only when one of these is non-empty
#   bad:
#     - text: 此项工作涉及到全县大约500名职工左右。
#       note: 涉及到 → 涉及; 大约…左右 says “about” twice
#     - text: 参赛企业超过30家以上，防止安全事故不再发生。
#   good:
#     - text: 此项工作涉及全县约500名职工。
#     - text: 全年节约300元左右，参赛企业超过30家。
package gwlint.rules.wording.redundancy

import data.gwlint.match
import data.gwlint.wording

report contains finding if {
	some [m, entry] in match.kept("redundancy")
	finding := wording.report(
		rego.metadata.chain(),
		m,
		entry,
		sprintf("“%s”语义重复：可改为“%s”", [m.text, wording.intended(m, entry)]),
	)
}
