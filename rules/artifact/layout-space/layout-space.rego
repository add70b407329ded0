# METADATA
# title: 汉字之间的排版空格
# description: |
#   Flags ASCII spaces between Chinese characters in the body text, reported
#   once per document when there are many. Chinese has no spaces between
#   words; the text layer of a PDF leaves one wherever the layout had a line
#   end, a paragraph break, a lost book-title mark or a column gap (…范文
#   半年来, 倡议书 。). Dozens of them mean the text was pasted without
#   cleaning; the writer should rejoin the text and restore the paragraph
#   breaks, which no automatic fix can tell from the spaces.
#
#   One finding for the whole document, placed on the first space, keeps a
#   PDF paste from burying the other findings under dozens of identical
#   ones. Below min_count spaces nothing is reported: a single space may be
#   a slip that the punctuation rules see. Spaces in headings and the title
#   are not counted, since a heading of two parallel phrases separated by a
#   space (学习劳模 规范管理) is a common style; nor are spaces next to digits,
#   Latin letters or half-width marks. Facts: input.facts.
#   artifact_layout_spaces (facts/artifact/spaces.go).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#artifactlayout-space
# custom:
#   id: artifact/layout-space
#   category: artifact
#   severity: warning
#   bad:
#     - text: 半年来，我县各级工会认真贯彻上级精神 取得了明显成效。 一、加强组织建设 全年新建工会12家。 二、开展劳动竞赛 参赛职工达3000人。 三、做好帮扶工作 慰问困难职工120户。
#       note: five spaces where paragraph breaks were lost
#   good:
#     - text: "一、学习劳模 规范管理\n全年新建基层工会12家，发展会员860名。"
#       note: a space between two phrases of a heading is a style, not debris
#     - text: 全县共有会员 12000 名，比去年增加 800 名。
#   options:
#     - name: min_count
#       description: fewest spaces between Chinese characters that are reported
#       default: 5
package gwlint.rules.artifact["layout-space"]

import data.gwlint.config
import data.gwlint.result

report contains finding if {
	spaces := input.facts.artifact_layout_spaces
	spaces.count >= config.option(rego.metadata.chain(), "min_count", 5)
	finding := result.fail(
		rego.metadata.chain(),
		spaces.spans[0],
		sprintf(
			"正文中有%d处汉字之间夹着半角空格（如%s），多是从PDF或网页复制时留下的排版痕迹：请删除这些空格，原本分段的地方另起一段",
			[spaces.count, concat("、", [sprintf("“%s”", [e]) | some e in spaces.examples])],
		),
	)
}
