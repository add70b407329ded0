# METADATA
# title: 字词误重复
# description: |
#   Flags a character typed twice by accident: 社会保障局局、, 我们的的工作,
#   完成了了任务. Such slips survive spell checkers, which accept each
#   character, and look careless in a report that goes to a higher office.
#
#   Chinese doubles characters on purpose far more often than by mistake,
#   so the rule only looks at characters that do not reduplicate (function
#   words and the last character of office names, listed in
#   rules/data/typo-repeated.yaml) and asks for evidence that the double is
#   a slip. A doubled function word is flagged only when its second copy
#   does not begin a longer word in the segmented paragraph (的|的确, 为了|
#   了解 and 不了了之 are fine) and is not a legitimate word ending plus the
#   same function word (目的|的, 现在|在, 参与|与). A doubled office-name
#   character is flagged only when punctuation or a function word follows
#   (局局长, 部部长, 委委员 are a name and a title). Reduplication patterns
#   are never flagged: AABB (的的确确, 认认真真) and parallel lists (县县、
#   乡乡). Legitimate reduplication such as 常常, 人人, 件件, 看看 and word
#   joins such as 职工工作, 工会会员, 每年年底 involve no listed character.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#wordingrepeated-char
# custom:
#   id: wording/repeated-char
#   category: wording
#   severity: warning
#   needs: [matches.typo_repeated]  # reports only when one of these is non-empty
#   bad:
#     - text: 加强了与县人力资源和社会保障局局、县经济和商务局的联系。
#       note: the second 局 stands alone before a 顿号
#     - text: 切实维护好职工的的合法权益。
#   good:
#     - text: 社会保障局局长到会讲话，职工工作和工会会员管理得到加强。
#     - text: 认认真真做好每一件事，常常深入班组，的的确确解决了问题。
package gwlint.rules.wording["repeated-char"]

import data.gwlint.match
import data.gwlint.wording

report contains finding if {
	some [m, entry] in match.kept("typo_repeated")
	not reduplication(m)
	slip(m, entry)
	finding := wording.report(
		rego.metadata.chain(),
		m,
		entry,
		sprintf("“%s”重复了一个“%s”：请删去多余的字", [m.text, entry.right]),
	)
}

# slip holds when the context shows the double is a typing slip.
slip(m, entry) if {
	entry.class == "function"
	m.word_end
}

slip(m, entry) if {
	entry.class == "suffix"
	regex.match(data.gwlint.repeated_char.followed_by, m.after)
}

# reduplication holds when the double is half of an AABB form (的的确确)
# or one item of a parallel list of doubles (县县、乡乡).
reduplication(m) if pair(m.after, 0)

reduplication(m) if {
	regex.match(`^[、，,]`, m.after)
	pair(m.after, 1)
}

reduplication(m) if {
	n := count(m.before)
	n >= 2
	pair(m.before, n - 2)
}

reduplication(m) if {
	n := count(m.before)
	n >= 3
	regex.match(`[、，,]$`, m.before)
	pair(m.before, n - 3)
}

# pair holds when s has two equal Han characters at rune offset i.
pair(s, i) if {
	a := substring(s, i, 1)
	a == substring(s, i + 1, 1)
	regex.match(`^\p{Han}$`, a)
}
