# METADATA
# title: 中文中使用了半角标点
# description: |
#   Flags the ASCII marks , ; : ( ) ! ? typed in Chinese text, where GB/T
#   15834 and GB/T 9704 call for the full-width forms ，；：（）！？. A mark
#   counts as Chinese when the nearest telling character before it is a Han
#   character or a Chinese mark, or the one after it is a Han character
#   (spaces, curly quotes and other ASCII marks are looked through; an
#   English aside may end right before a Chinese full stop). An ASCII
#   parenthesis pair is converted whole when either half qualifies. Not flagged: decimals and thousands (3.5,
#   1,200), times and ratios (8:30, 1:2), web and e-mail addresses, code in
#   backticks, English runs (Hello, world), and preamble lines (site
#   chrome, reported by the artifact rules). Every fix is safe: it replaces
#   the mark, and any spaces typed around it, by the full-width form.
#
#   A clerk who pastes a document typed with a half-width keyboard has
#   hundreds of such marks, and one finding per mark would bury every
#   other finding. So the first max_per_document marks (default 5) are
#   reported one by one, each with its fix, and one document-level line
#   counts the rest by kind; the same line reports a document that mixes
#   both widths ("本文同时使用全角和半角标点：半角 N 处，全角 M 处"). An editor
#   who wants every mark listed with its fix, for `gwlint fix` or a SARIF
#   viewer, sets max_per_document to 0. The facts come from Go
#   (facts/punct/halfwidth.go, input.facts.halfwidth_punct).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#punctuationhalfwidth
# custom:
#   id: punctuation/halfwidth
#   category: punctuation
#   severity: warning
#   needs: [facts.halfwidth_punct.marks]  # reports only when one of these is non-empty
#   bad:
#     - text: "半年来, 我县各级工会认真贯彻落实上级部署;围绕中心(服务大局)开展工作。"
#       note: the comma, semicolon and parentheses are half-width in Chinese text
#     - text: "现将有关情况报告如下:一是加强组织领导。"
#   good:
#     - text: 半年来，我县各级工会认真贯彻落实上级部署；围绕中心（服务大局）开展工作。
#     - text: 会议于上午8:30开始，共1,200人参加，详见http://www.example.gov.cn/a?id=1。
#   options:
#     - name: max_per_document
#       description: >-
#         how many marks of a document are reported one by one, each with a fix;
#         the rest are counted in one document-level line (0 reports every mark)
#       default: 5
package gwlint.rules.punctuation.halfwidth

import data.gwlint.config
import data.gwlint.result

_facts := input.facts.halfwidth_punct

_marks := _facts.marks

_names := {",": "逗号", ";": "分号", ":": "冒号", "(": "括号", ")": "括号", "!": "叹号", "?": "问号"}

# _limit is how many marks are reported one by one.
default _limit := 5

_limit := count(_marks) if config.option(rego.metadata.chain(), "max_per_document", 5) == 0

_limit := n if {
	n := config.option(rego.metadata.chain(), "max_per_document", 5)
	n > 0
}

_mixed if {
	count(_marks) > 0
	_facts.fullwidth > 0
}

# Only the first _limit marks are walked (array.slice clamps to the list),
# not every mark of a document that may have thousands.
report contains finding if {
	some m in array.slice(_marks, 0, _limit)
	finding := result.fix(
		rego.metadata.chain(),
		m,
		sprintf("中文里用了半角%s“%s”（%s%s%s）：请改为全角“%s”", [_names[m.mark], m.mark, m.before, m.mark, m.after, m.replacement]),
		m.replacement,
		sprintf("改为全角“%s”", [m.replacement]),
		true,
	)
}

# One document-level line sums up the document when marks were left out
# of the individual findings or when it mixes both widths. It carries no
# fix: a replacement spanning the whole document would flood the text
# output, and max_per_document: 0 gives every mark its own safe fix.
report contains finding if {
	_summarised
	finding := result.at_document(rego.metadata.chain(), input, concat("", [_opening, _closing]))
}

_summarised if count(_marks) > _limit

_summarised if _mixed

_opening := sprintf("本文同时使用全角和半角标点：半角 %d 处（%s），全角 %d 处。", [count(_marks), _breakdown, _facts.fullwidth]) if _mixed

_opening := sprintf("本文共有 %d 处半角标点（%s），没有使用对应的全角标点。", [count(_marks), _breakdown]) if not _mixed

_closing := sprintf("已逐处列出前 %d 处，其余 %d 处请一并改为全角（把本规则的选项 max_per_document 设为 0，可逐处列出并得到修复建议）", [_limit, count(_marks) - _limit]) if {
	count(_marks) > _limit
}

_closing := "请统一改为全角" if count(_marks) <= _limit

_order := ["逗号", "分号", "冒号", "括号", "问号", "叹号"]

# _breakdown counts the marks by name: 逗号 198 处、分号 8 处.
_breakdown := concat("、", [sprintf("%s %d 处", [name, n]) |
	some name in _order
	n := count([m | some m in _marks; _names[m.mark] == name])
	n > 0
])
