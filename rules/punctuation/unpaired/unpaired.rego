# METADATA
# title: 引号、括号或书名号不配对
# description: |
#   Flags paired punctuation that does not pair up within a paragraph: an
#   opening mark never closed (《关于…的通知 without 》), a closing mark
#   never opened, a quotation "closed" with a second opening mark (“两癌“,
#   the commonest input-method slip, since one key types both “ and ”), a
#   bracket closed by another kind of bracket (（…]) and a reversed pair
#   (”…“). GB/T 15834 requires every pair to be complete; an unclosed 《
#   leaves the reader unsure where a document title ends.
#
#   Not flagged: a quotation over several paragraphs written the GB/T 15834
#   way (each paragraph opens with “, only the last one closes), a pair
#   split by a hard line break (its halves meet across the break), marks
#   that nest properly in themselves, ASCII and full-width halves of one
#   pair (width is punctuation/halfwidth's business), apostrophes
#   (Workers’), list markers (1) 2)), and marks inside web addresses or
#   code. The pairing is done in Go (facts/punct/pairs*.go,
#   input.facts.punct_pairs); fixes are offered where the intended mark is
#   clear, never as safe, since the slip may lie elsewhere.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#punctuationunpaired
# custom:
#   id: punctuation/unpaired
#   category: punctuation
#   severity: error
#   needs: [facts.punct_pairs]  # reports only when one of these is non-empty
#   bad:
#     - text: 为全县女职工开展“两癌“免费筛查。
#       note: the closing quotation mark was typed as an opening one
#     - text: 根据《关于开展会员评家工作的通知要求，开展自查。
#   good:
#     - text: 为全县女职工开展“两癌”免费筛查，学习《工会法》（修正案）。
#     - text: "他说：\n“第一段话。\n“第二段话。”"
#       note: a quotation over two paragraphs opens each paragraph and closes once
package gwlint.rules.punctuation.unpaired

import data.gwlint.result

report contains finding if {
	some p in input.facts.punct_pairs
	finding := _finding(p, _message(p))
}

_finding(p, message) := result.fix(rego.metadata.chain(), p, message, p.replacement, sprintf("改为 %s", [p.replacement]), false) if {
	p.replacement != ""
}

_finding(p, message) := result.fail(rego.metadata.chain(), p, message) if {
	p.replacement == ""
}

# Messages show marks bare: a quotation mark inside “…” cannot be read.
_message(p) := sprintf("%s只有前一半 %s，缺少后一半 %s（%s%s%s）：请在应结束处补上 %s，或删去多余的 %s", [p.name, p.text, p.partner, p.before, p.text, p.after, p.partner, p.text]) if {
	p.kind == "unclosed"
}

_message(p) := sprintf("%s只有后一半 %s，缺少前一半 %s（%s%s%s）：请在应开始处补上 %s，或删去多余的 %s", [p.name, p.text, p.partner, p.before, p.text, p.after, p.partner, p.text]) if {
	p.kind == "unopened"
}

_message(p) := sprintf("%s方向错误：%s 应为 %s（后一个是闭合的%s）", [p.name, p.text, p.replacement, p.name]) if {
	p.kind == "same_direction"
}

_message(p) := sprintf("%s不配对：%s 应为 %s（前后不是同一种%s）", [p.name, p.text, p.replacement, p.name]) if {
	p.kind == "mismatched"
}

_message(p) := sprintf("%s前后颠倒：%s 应为 %s", [p.name, p.text, p.replacement]) if {
	p.kind == "reversed"
}
