# METADATA
# title: 固定搭配被同义词替换
# description: |
#   Flags fixed 公文 collocations in which one word was swapped for a
#   near-synonym: 工资团体协商 (集体), 取得了必须成效 (一定), 应对面交流
#   (面对面), 基本情景 (情况), 学习本事 (能力), 进取参加 (积极), 理解群众监督
#   (接受), 累计到达 (达到), 经过开展 (通过), 构成了…氛围 (形成), 为…供给服务
#   (提供), 帮忙223名职工 (帮助), 创立先进单位 (创建), 意见和提议 (建议). This
#   is what word-spinner (伪原创) tools do to a 范文 to hide that it was
#   copied: each word is still a word, but the phrase is no longer the
#   standard term, and a 集体合同 that reads 团体合同 is wrong in law as well
#   as in style.
#
#   Each entry of rules/data/collocation.yaml models a spinner pair (spun
#   word, original word) and the collocates that make the spun word wrong,
#   so the list also catches other documents spun with the same thesaurus.
#   The spun words are good words elsewhere, and the rule does not flag
#   them there: 团体安康保险 and 团体辅导 (group insurance, group
#   counselling), 应对复杂局面, 面对面, 经过努力, 经过学习, 构成犯罪, 供给侧.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#wordingcollocation
# custom:
#   id: wording/collocation
#   category: wording
#   severity: warning
#   needs: [matches.collocation]  # reports only when one of these is non-empty
#   bad:
#     - text: 依法推动企业普遍开展工资团体协商，共签订团体合同370份。
#       note: 集体协商 and 集体合同 are the terms of labour law
#     - text: 各项工作取得了必须成效，现将有关情景报告如下。
#     - text: 不断增强广大职工的学习本事和创新本事，进取参加劳动竞赛。
#   good:
#     - text: 依法推动企业普遍开展工资集体协商，为女职工办理团体安康保险。
#     - text: 提高应对复杂局面的能力，经过努力，各项工作取得了一定成效。
package gwlint.rules.wording.collocation

import data.gwlint.match
import data.gwlint.wording

report contains finding if {
	some [m, listed] in match.kept("collocation")
	entry := object.union(listed, {"replace": [listed.spun, listed.original]})
	finding := wording.report(
		rego.metadata.chain(),
		m,
		entry,
		sprintf(
			"“%s”中的“%s”疑为同义词替换造成的搭配错误，应为“%s”%s；请对照原文核实",
			[m.text, listed.spun, wording.intended(m, entry), wording.note(listed)],
		),
	)
}
