# METADATA
# title: 繁简混用
# description: |
#   Flags characters of the other script: traditional-only characters in a
#   simplified document (召开會議), simplified-only characters in a
#   traditional one (召開会議). The document's script is the one with at
#   least 95% of its script-specific characters (script.Majority); the rest
#   is reported run by run. Text pasted from another source or typed with
#   the wrong input-method setting looks careless in a 公文, and GB/T 9704
#   documents are written in 规范汉字.
#
#   Not flagged: characters valid in both scripts (后, 干, 着, 台); the
#   standard OpenCC forms of a traditional text (爲, 羣, 啓, 覈), which are
#   traditional, not simplified; the Taiwan and Hong Kong standard forms
#   that look simplified (群, 床, 峰, 温, 户, 税), which a traditional text
#   typed to those standards uses throughout; preamble lines. A document mixed with no
#   clear majority gets one document-level finding with both counts. The
#   fix is safe when every character has a single form in the document's
#   script (會 → 会); a character with several (发 → 發/髮) takes the one
#   the document itself uses, as a fix to review, or none when it uses
#   none of them. The facts come from Go (facts/scriptmix/scriptmix.go) and the
#   OpenCC character tables of package script.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#scriptmixed
# custom:
#   id: script/mixed
#   category: script
#   severity: warning
#   bad:
#     - text: |
#         县总工会认真贯彻落实上级工会的各项部署，组织开展劳动竞赛和职工技能培训，维护职工合法权益，服务职工群众。
#         全县基层工会围绕中心、服务大局，积极开展送温暖活动，帮助困难职工解决实际问题。召开會議部署工作。
#       note: 會議 is traditional in a simplified report
#   good:
#     - text: |
#         縣總工會認真貫徹落實上級工會的各項部署，組織開展勞動競賽和職工技能培訓，維護職工合法權益，服務職工羣衆。
#         全縣基層工會圍繞中心、服務大局，積極開展送溫暖活動，幫助困難職工解決實際問題。
package gwlint.rules.script.mixed

import data.gwlint.result

_mix := input.facts.script_mix

_names := {"simplified": "简体", "traditional": "繁体"}

_minority := {"simplified": "traditional", "traditional": "simplified"}

report contains finding if {
	some run in _mix.minority
	run.replacement != ""
	finding := result.fix(
		rego.metadata.chain(),
		run,
		sprintf("%s文稿中夹有%s字“%s”（%s%s%s）：应为“%s”", [
			_names[_mix.majority], _names[_minority[_mix.majority]],
			run.text, run.before, run.text, run.after, run.replacement,
		]),
		run.replacement,
		sprintf("改为%s“%s”", [_names[_mix.majority], run.replacement]),
		run.certain,
	)
}

report contains finding if {
	some run in _mix.minority
	run.replacement == ""
	finding := result.fail(
		rego.metadata.chain(),
		run,
		sprintf("%s文稿中夹有%s字“%s”（%s%s%s）：请按词义改为%s（%s）", [
			_names[_mix.majority], _names[_minority[_mix.majority]],
			run.text, run.before, run.text, run.after,
			_names[_mix.majority], concat("，", run.choices),
		]),
	)
}

# A document with plenty of both scripts and no majority is reported once.
report contains finding if {
	_mix.majority == ""
	_mix.traditional >= 5
	_mix.simplified >= 5
	finding := result.at_document(
		rego.metadata.chain(),
		input,
		sprintf("本文繁简混用：繁体字 %d 个，简体字 %d 个，请统一为一种字体", [_mix.traditional, _mix.simplified]),
	)
}
