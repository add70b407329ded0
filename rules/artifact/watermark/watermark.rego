# METADATA
# title: 网站插入的水印文字
# description: |
#   Flags attributions that a document site injects into the text it
#   serves, often in the middle of a sentence so that copiers carry them
#   along: 本稿件属于…, 本文由…网整理, 更多范文请访问…, 版权所有，转载请注明出处,
#   本文来源于…网. In a report they break the sentence they sit in
#   (建立基层本稿件属于工会组织) and show where the text was taken from.
#
#   Only wordings that name a site, a manuscript or a reprint condition are
#   flagged; the page furniture around an article (site name, breadcrumb,
#   copyright footer alone) is artifact/web-chrome. Deleting 本稿件属于
#   restores the sentence, so that fix is marked safe; the other forms run
#   to an unknown end and their deletion is only suggested. Patterns:
#   rules/data/artifact.yaml, list patterns.artifact_site (entries with
#   rule: watermark).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#artifactwatermark
# custom:
#   id: artifact/watermark
#   category: artifact
#   severity: error
#   needs: [matches.artifact_site]  # reports only when one of these is non-empty
#   bad:
#     - text: 上半年，建立基层本稿件属于工会组织12个，会员达800余人。
#       note: 本稿件属于 was injected into the sentence
#     - text: 本文由第一范文网整理，版权所有，转载请注明出处。
#   good:
#     - text: 上半年，建立基层工会组织12个，会员达800余人。
#     - text: 报告中的数据来源于县统计局，转载的先进事迹材料均已注明出处。
package gwlint.rules.artifact.watermark

import data.gwlint.artifact

report contains finding if {
	some [m, entry] in artifact.kept("artifact_site")
	entry.rule == "watermark"
	finding := artifact.report(
		rego.metadata.chain(),
		m,
		entry,
		sprintf("网站插入的水印“%s”：请删除，并检查所在句子是否完整", [artifact.quote(m.text)]),
	)
}
