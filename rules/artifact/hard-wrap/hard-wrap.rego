# METADATA
# title: 句子中间的硬换行
# description: |
#   Flags a line break inside a word or a sentence: text copied out of a
#   PDF or a narrow web column keeps the line ends of the layout, so a
#   title, a heading or a sentence is cut in two (工作情 / 况自查报告, 职工民 /
#   主管理). In the printed report the break shows as a paragraph that stops
#   mid-word.
#
#   The parser decides which line breaks continue the paragraph
#   (Paragraph.Breaks: a line that stops without a sentence mark and goes
#   on in the next, see parser/join.go); lines ending in 。 or a heading
#   followed by its text are separate paragraphs and not flagged. A break
#   where a PDF page number was removed is reported by artifact/page-number
#   instead, once. The fix deletes the break and the blanks around it (a
#   space between two Latin words), and is safe: the parser already judged
#   the two lines to be one paragraph. Facts: input.facts.
#   artifact_hard_wraps (facts/artifact/wraps.go).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#artifacthard-wrap
# custom:
#   id: artifact/hard-wrap
#   category: artifact
#   severity: warning
#   needs: [facts.artifact_hard_wraps]  # reports only when one of these is non-empty
#   bad:
#     - text: "乡镇机关工会委员会开展会员评家工作情\n况自查报告\n\n根据上级通知要求，现将有关情况报告如下。"
#       note: the title is cut inside the word 情况
#     - text: "工作总结\n我们始终把会员群众的满意度作为\n评判工会工作的标准，认真开展测评。"
#   good:
#     - text: "一、主要工作\n全年新建基层工会12家，发展会员860名。\n二、存在的问题\n活动形式还不够丰富。"
#     - text: "我们始终把会员群众的满意度作为评判工会工作的标准。\n测评会采取不记名投票方式。"
package gwlint.rules.artifact["hard-wrap"]

import data.gwlint.result

report contains finding if {
	some wrap in input.facts.artifact_hard_wraps
	finding := result.fix(
		rego.metadata.chain(),
		wrap,
		sprintf("“%s⏎%s”中间有硬换行，把一句话断成了两行：请把两行接上", [wrap.before, wrap.after]),
		wrap.replacement,
		"删除换行，接上两行",
		true,
	)
}
