# METADATA
# title: 简转繁软件的误转换
# description: |
#   Flags, in a traditional document, words that a simplified→traditional
#   converter got wrong. Converters such as OpenCC replace phrases before
#   characters, longest match first, so a phrase that straddles two words
#   picks the wrong character: 做好困难职工 contains the phrase 好困 (very
#   sleepy), which OpenCC writes 好睏, giving 做好睏難職工; 带头发展 gives
#   帶頭髮展. Converters with regional vocabulary also swap mainland terms
#   for Taiwan ones (高考 → 大學聯考, 软件 → 軟體), which a mainland 公文
#   never uses. A reader sees a typo, or a document that was not written
#   where it claims to be.
#
#   The list (rules/data/script.yaml, script_conversion) was built from
#   OpenCC's STPhrases and TWPhrases: every phrase whose conversion differs
#   from the character-by-character one was tried across the boundary of
#   two common words, and the wrong results that never occur in correctly
#   converted text were kept after review; the Taiwan terms are those with
#   no mainland use. Only traditional documents are checked (the words
#   are matched as written, not normalised); the fix restores the correct
#   traditional form and is safe for wrong characters, not for terms.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#scriptconversion-artifact
# custom:
#   id: script/conversion-artifact
#   category: script
#   severity: error
#   needs: [matches.script_conversion]  # reports only when one of these is non-empty
#   bad:
#     - text: |
#         縣總工會認真貫徹落實上級工會的各項部署，組織開展勞動競賽和職工技能培訓，維護職工合法權益。
#         制定了《關於做好睏難職工幫扶工作的通知》。
#       note: 好困 was converted as one phrase (好睏); 困難 is meant
#     - text: |
#         縣總工會認真貫徹落實上級工會的各項部署，組織開展勞動競賽和職工技能培訓，維護職工合法權益。
#         完成對困難職工子女參加大學聯考的摸底工作。
#   good:
#     - text: |
#         縣總工會認真貫徹落實上級工會的各項部署，組織開展勞動競賽和職工技能培訓，維護職工合法權益。
#         制定了《關於做好困難職工幫扶工作的通知》，完成對困難職工子女參加高考的摸底工作。
#     - text: 做好睏難職工
#       note: too short to tell the script; nothing is checked
package gwlint.rules.script["conversion-artifact"]

import data.gwlint.match
import data.gwlint.result

report contains finding if {
	input.facts.script_mix.majority == "traditional"
	some [m, entry] in match.kept("script_conversion")
	finding := result.fix(
		rego.metadata.chain(),
		m,
		sprintf("“%s”是简转繁软件的误转换（%s）：应为“%s”", [m.text, entry.why, entry.correct]),
		entry.correct,
		sprintf("改为“%s”", [entry.correct]),
		entry.safe,
	)
}
