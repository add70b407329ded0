# METADATA
# title: 重复的段落或标题
# description: |
#   Flags a paragraph that repeats another one: the title again below the
#   breadcrumb of a saved web page, a paragraph pasted twice, or a listing
#   snippet cut off with ... or … right before the full paragraph it was cut
#   from. The reader meets the same text twice, and a truncated copy ends
#   mid-sentence.
#
#   Paragraphs are compared ignoring script, punctuation, spaces and letter
#   case (facts/artifact/duplicates.go, linear in the text). The later of two equal
#   paragraphs is reported, and for a snippet the snippet itself. Not
#   flagged: repeated headings (the same sub-heading, such as 加强组织领导,
#   in the summary part and in the plan part is normal), table cells (rows
#   of a self-check table may give the same answer), and short repeated
#   lines (a unit name above the text and again in the sign-off), unless
#   the repeated line is the title of a document of a known kind. A
#   paragraph must have min_runes letters and digits to count.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#artifactduplicate-paragraph
# custom:
#   id: artifact/duplicate-paragraph
#   category: artifact
#   severity: warning
#   needs: [facts.duplicates]  # reports only when one of these is non-empty
#   bad:
#     - text: "县总工会创先争优工作总结\n\n一个多月以来，县总工会按照统一部署开展活动。\n\n县总工会创先争优工作总结\n\n第一阶段工作总结"
#       note: the title is repeated under the first paragraph
#     - text: "今年上半年，县总工会在县委的领导下，团结动员全县职工建功立业...\n今年上半年，县总工会在县委的领导下，团结动员全县职工建功立业，取得了明显成效。"
#       note: a listing snippet before the full paragraph
#   good:
#     - text: "县总工会\n\n关于做好职工体检工作的通知\n\n各基层工会：请按时组织职工体检。\n\n县总工会"
#       note: a unit name above and in the sign-off
#     - text: "一、上半年工作\n（一）加强组织领导\n成立了领导小组。\n二、下半年打算\n（一）加强组织领导\n调整充实领导小组。"
#   options:
#     - name: min_runes
#       description: fewest letters and digits a repeated paragraph (other than the title) needs
#       default: 16
package gwlint.rules.artifact["duplicate-paragraph"]

import data.gwlint.config
import data.gwlint.result

# A long concatenated document has tens of thousands of duplicates, so
# the loops below do as little per duplicate as they can. No helper
# function is called for a duplicate that is not reported, and a reported
# one costs a single call (result.fix, written out in each rule rather
# than behind a helper): every Rego function call with new arguments costs
# microseconds. The rules and
# input values the test reads (the minimum length, the roles, the title)
# are bound once before the loop, since looking a rule up inside a loop
# costs a cache lookup per step. Which copies are reported is written as
# two report rules, one for the repeated title and one for running text;
# a finding both give is one element of the set. The line of the original
# and the roles of both paragraphs come with the fact (of_line, role,
# of_role), so no paragraph is looked up.

# A repeat of the title, in a document of a known kind or when long enough.
report contains finding if {
	input.title != null
	title := input.title.paragraph
	some dup in input.facts.duplicates
	dup.of == title
	dup.kind == "repeat"
	dup.runes >= 4
	_titled_document(dup)
	finding := result.fix(
		rego.metadata.chain(),
		dup,
		sprintf("“%s”与第%d行重复：请删除重复的一段", [dup.text, dup.of_line]),
		"",
		"删除重复的段落",
		false,
	)
}

# A repeat of a paragraph of running text, long enough to matter.
report contains finding if {
	min_runes := _min_runes
	running_text := _running_text
	some dup in input.facts.duplicates
	dup.kind == "repeat"
	dup.runes >= min_runes
	dup.role in running_text
	dup.of_role in running_text
	finding := result.fix(
		rego.metadata.chain(),
		dup,
		sprintf("“%s”与第%d行重复：请删除重复的一段", [dup.text, dup.of_line]),
		"",
		"删除重复的段落",
		false,
	)
}

report contains finding if {
	some dup in input.facts.duplicates
	dup.kind == "truncated"
	finding := result.fix(
		rego.metadata.chain(),
		dup,
		sprintf("“%s”是第%d行段落被截断的开头（网页摘要）：请删除", [dup.text, dup.of_line]),
		"",
		"删除截断的摘要",
		false,
	)
}

_running_text := {"body", "list_item", "title", "preamble"}

_titled_document(_) if input.kind != "other"

_titled_document(dup) if dup.runes >= _min_runes

_min_runes := config.option(rego.metadata.chain(), "min_runes", 16)
