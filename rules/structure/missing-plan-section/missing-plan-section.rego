# METADATA
# title: 缺少“下一步工作打算”部分
# description: |
#   A 工作总结, 半年/年度工作总结, 自查报告 or 述职报告 is expected to end with what
#   comes next (下一步工作打算, 下半年工作思路, 整改措施). The part counts as
#   present whether it has its own heading (四、下一步工作打算) or appears inline
#   (下半年，我们将继续…一是…).
#
#   Which document kinds require the part is set per kind in the config
#   (profiles); the recognising patterns are data (rules/data/sections.yaml,
#   patterns.section_plan).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#structuremissing-plan-section
# custom:
#   id: structure/missing-plan-section
#   category: structure
#   severity: warning
#   bad:
#     - text: "工会经费自查报告 / 一、基本情况 / 二、存在的问题"
#       note: problems but no 整改措施 or 下一步打算
#   good:
#     - text: "工会经费自查报告 / 一、基本情况 / 二、存在的问题 / 三、整改措施"
#     - text: "……针对以上问题，我们将进一步完善制度……"
#       note: inline plans count
package gwlint.rules.structure["missing-plan-section"]

import data.gwlint.parts
import data.gwlint.result

report contains finding if {
	parts.missing("plan")
	finding := result.at_document(
		rego.metadata.chain(),
		input,
		sprintf("%s缺少“%s”部分：应写明下一步的工作打算或整改措施", [input.kind, parts.name("plan")]),
	)
}
