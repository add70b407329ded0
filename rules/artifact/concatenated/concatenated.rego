# METADATA
# title: 一个文件里拼接了多篇文档
# description: |
#   Flags signs that several documents were pasted into one file, as 范文
#   compilations do: part labels (篇一：, 篇二:, 【篇三】, 范文一：, 第二篇：)
#   and a later line that reads as the full title of another document (a
#   unit and a document kind, such as 某镇工会2023年工作总结, after the body
#   has begun). A report handed in this way mixes units, years and figures
#   of different documents.
#
#   Part labels need a colon or 【】, so 千篇一律 is not one. A title line
#   counts only after the document's own title, must name a unit (工会, 局,
#   街道, 县 …) and end with a document kind; part headings such as
#   第一阶段工作总结 or 2025年工作计划 name no unit and are not flagged, and a
#   repeat of the document's own title is artifact/duplicate-paragraph, and
#   the title of an attachment after its 附件 line is legitimate. Nothing is
#   flagged in a document whose title calls it a compilation (汇编, 选编,
#   合集). A document that resumes without any label is not detected. Patterns:
#   rules/data/artifact.yaml, lists patterns.artifact_concat and
#   patterns.artifact_title_line.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#artifactconcatenated
# custom:
#   id: artifact/concatenated
#   category: artifact
#   severity: warning
#   needs: [matches.artifact_concat, matches.artifact_title_line]  # reports only when one of these is non-empty
#   bad:
#     - text: 县总工会半年工作总结篇一:县总工会半年工作总结 半年来，我县各级工会认真开展工作。 篇二:总工会上半年工作总结 半年来，我会在县委的领导下开展工作。
#       note: two articles of a compilation, labelled 篇一 and 篇二
#     - text: "城关镇工会2023年工作总结\n\n一年来，镇工会认真开展各项工作。\n\n城西街道工会2023年工作总结\n\n一年来，街道工会扎实推进各项工作。"
#   good:
#     - text: 各基层工会要结合实际开展活动，避免千篇一律。
#     - text: "城关镇工会2023年工作总结和2024年工作打算\n\n第一部分 2023年工作总结\n\n一年来，镇工会认真开展各项工作。\n\n第二部分 2024年工作计划\n\n新的一年，镇工会将继续努力。"
package gwlint.rules.artifact.concatenated

import data.gwlint.artifact
import data.gwlint.result

report contains finding if {
	not _compilation
	some [m, _] in artifact.kept("artifact_concat")
	finding := result.fail(
		rego.metadata.chain(),
		m,
		sprintf("“%s”是范文合集的分篇标签，说明这个文件拼接了多篇文档：请只保留本单位的一篇，并删除标签", [m.text]),
	)
}

report contains finding if {
	not _compilation
	some [m, _] in artifact.kept("artifact_title_line")
	input.title != null
	m.paragraph > input.title.paragraph
	not _repeats_title(m.paragraph)
	not _attachment_title(m.paragraph)
	finding := result.fail(
		rego.metadata.chain(),
		m,
		sprintf("“%s”像是另一篇文档的标题，说明这个文件拼接了多篇文档：请只保留本单位的一篇", [artifact.quote(m.text)]),
	)
}

_repeats_title(paragraph) if paragraph in _title_repeats

# _title_repeats are the paragraphs that repeat the title, computed once
# (not once per candidate line: a long file has thousands of both). The
# title's paragraph is bound before the loop so that each of the
# duplicates costs one comparison, not a lookup in the input as well.
_title_repeats contains dup.paragraph if {
	title := input.title.paragraph
	some dup in input.facts.duplicates
	dup.of == title
}

# A document whose title says it is a compilation (材料汇编, 范文选编) holds
# several documents on purpose.
_compilation if regex.match(`汇编|选编|合集|摘编`, input.title.text)

# The title of an attachment follows its 附件 line (附件1).
_attachment_title(paragraph) if {
	paragraph > 0
	regex.match(`^\s*附件`, input.paragraphs[paragraph - 1].text)
}
