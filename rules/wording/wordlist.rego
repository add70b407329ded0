# METADATA
# description: |
#   Helpers shared by the wording/* rules, whose word lists (typo,
#   collocation, redundancy, typo_repeated) all describe an entry the same
#   way: a wrong form (literal or regex), its correction (right for a
#   literal, replace: [from, to] inside the matched text for a regex), an
#   optional per-entry severity and safe flag, and boundary: word for forms
#   that are only wrong as a word of their own.
package gwlint.wording

import data.gwlint.result

# at_word holds unless the entry asked for word boundaries (boundary: word)
# and the match does not both start and end at one: 人材 is a misspelling
# of 人才, but not inside 个人|材料.
at_word(m) if {
	object.get(m, "word_start", true)
	object.get(m, "word_end", true)
}

# correction is the text that should replace the match. It is undefined
# when it cannot be built from the text as written: the lists are
# simplified, so a traditional-script match (帳目) gets a message but no
# replacement that would mix scripts.
correction(m, entry) := entry.right if {
	m.text == entry.literal
}

correction(m, entry) := fixed if {
	[from, to] := entry.replace
	contains(m.text, from)
	fixed := replace(m.text, from, to)
}

# intended names the correct form for messages, also when no replacement
# can be built.
intended(m, entry) := text if {
	text := correction(m, entry)
} else := entry.right if {
	entry.right
} else := sprintf("“%s”改为“%s”", entry.replace)

# report builds a finding for a list entry: a suggestion when a correction
# exists (safe as the entry says), the entry's own severity when it has one.
report(chain, m, entry, message) := with_level(f, entry) if {
	fixed := correction(m, entry)
	fixed != m.text
	f := result.fix(chain, m, message, fixed, sprintf("改为“%s”", [fixed]), object.get(entry, "safe", false))
} else := with_level(result.fail(chain, m, message), entry)

with_level(f, entry) := result.with_severity(f, entry.severity) if {
	entry.severity
} else := f

# note is the entry's explanation as a message suffix, or "".
note(entry) := sprintf("（%s）", [entry.note]) if {
	entry.note
} else := ""
