# METADATA
# title: 正文中残留的PDF页码
# description: |
#   Flags page numbers left in text copied out of a PDF: the N、 that the
#   text layer of 范文 compilations puts at the start of each page line
#   (…在实施“十 / 2、一五”规划, so the number cuts 十一五 in two), page-number
#   lines (— 2 —, - 2 -, 第2页 共5页, Page 2 of 5), and the same forms inside a
#   line (…切实维护职工— 2 —合法权益). A page number in the middle of a
#   sentence reads as a list number or a figure and garbles the sentence.
#
#   The parser finds the page markers (input.page_markers: numbers that go
#   up by one at the starts of page-long lines, or lines that are only a
#   page number); a real numbered list 1、2、3、 of short items is not one.
#   Inline forms come from rules/data/artifact.yaml (patterns.
#   artifact_page_inline); a dash before or after a digit or a Latin letter
#   (dates 2024-10-12, phone numbers) is not a page number. The line break
#   where a page ended is not reported again by artifact/hard-wrap. Deleting
#   the number (and a page-number line with its line break) is always right
#   and is a safe fix.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#artifactpage-number
# custom:
#   id: artifact/page-number
#   category: artifact
#   severity: warning
#   needs: [facts.artifact_page_numbers, matches.artifact_page_inline]  # reports only when one of these is non-empty
#   bad:
#     - text: 县总工会召开全委会，部署全年工作，切实维护职工— 2 —合法权益。
#       note: a page footer inside the sentence
#     - text: "一、主要工作\n\n全年新建基层工会12家。\n\n第2页 共5页\n\n二、存在的问题\n\n活动形式还不够丰富。"
#   good:
#     - text: 会议于2024-10-12召开，联系电话0771-2-8812345。
#     - text: "一、主要工作\n1、新建基层工会12家。\n2、发展会员860名。\n3、开展培训6期。"
#       note: a short numbered list is not a run of page numbers
package gwlint.rules.artifact["page-number"]

import data.gwlint.artifact
import data.gwlint.result

report contains finding if {
	some page in input.facts.artifact_page_numbers
	finding := result.fix(
		rego.metadata.chain(),
		page,
		_marker_message(page),
		"",
		sprintf("删除页码“%s”", [page.text]),
		true,
	)
}

report contains finding if {
	some [m, _] in artifact.kept("artifact_page_inline")
	finding := result.fix(
		rego.metadata.chain(),
		m,
		sprintf("正文中残留的页码“%s”：这是PDF的页脚，请删除", [m.text]),
		"",
		sprintf("删除页码“%s”", [m.text]),
		false,
	)
}

_marker_message(page) := sprintf("PDF页码“%s”把句子断开了：请删除页码，并把前后文字接上", [page.text]) if {
	page.splits
} else := sprintf("正文中残留的PDF页码“%s”：请删除", [page.text])
