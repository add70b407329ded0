# METADATA
# title: 缺少“存在的问题”部分
# description: |
#   A 工作总结, 半年/年度工作总结, 自查报告 or 述职报告 is expected to state its
#   problems and shortcomings (存在的问题和不足), not only achievements; a
#   report without them is routinely returned by the office that receives it.
#   The part counts as present whether it has its own heading (三、存在的主要
#   问题) or appears inline (但也存在着一些不容忽视的问题和不足：一是…).
#
#   Which document kinds require the part is set per kind in the config
#   (profiles: {自查报告: {required_sections: [problems, plan]}}); the
#   recognising patterns are data (rules/data/sections.yaml,
#   patterns.section_problems).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#structuremissing-problems-section
# custom:
#   id: structure/missing-problems-section
#   category: structure
#   severity: warning
#   bad:
#     - text: "2024年上半年工作总结 / 一、主要工作 / 二、下半年工作打算"
#       note: achievements and plans only
#   good:
#     - text: "2024年上半年工作总结 / 一、主要工作 / 二、存在的问题 / 三、下半年工作打算"
#     - text: "……成绩显著，但也存在一些不足：一是……二是……。下半年，我们将……"
#       note: inline parts count
package gwlint.rules.structure["missing-problems-section"]

import data.gwlint.parts
import data.gwlint.result

report contains finding if {
	parts.missing("problems")
	finding := result.at_document(
		rego.metadata.chain(),
		input,
		sprintf("%s缺少“%s”部分：应写明工作中存在的问题和不足", [input.kind, parts.name("problems")]),
	)
}
