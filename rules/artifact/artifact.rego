# METADATA
# description: |
#   Helpers shared by the artifact/* rules. Their pattern lists
#   (rules/data/artifact.yaml) describe entries the same way: a `roles` list
#   limits an entry to paragraphs of those roles (site names only count
#   before the title), `skip_formats` names input formats where the form is
#   legitimate markup (&nbsp; in Markdown), and `delete`/`safe` say whether
#   deleting the match repairs the text and whether that is always right.
package gwlint.artifact

import data.gwlint.match
import data.gwlint.result

# kept returns the [match, entry] pairs of a list that apply to this
# document: not excluded by context and not in a format where the form is
# legitimate. (An entry's `roles` are applied by the matcher itself, before
# overlapping matches are resolved.)
kept(list) := {[m, entry] |
	some m in input.matches[list]
	entry := data.gwlint.patterns[list][m.entry]
	not match.excluded(entry, m)
	not _skipped(entry)
}

# One pass over the matches, not match.kept's set filtered again: an
# ordinary report has dozens of title-line matches, and building the
# second set cost a sixth of artifact/concatenated. An entry without skip_formats is
# never skipped (the test is undefined, without defaulting it per match).
_skipped(entry) if input.format in entry.skip_formats

# report builds the finding for a match: with a suggestion to delete it when
# the entry says deleting repairs the text (safe as the entry says).
report(chain, m, entry, message) := result.fix(
	chain, m, message, "",
	sprintf("删除“%s”", [quote(m.text)]),
	object.get(entry, "safe", false),
) if {
	entry.delete
} else := result.fail(chain, m, message)

# quote shortens a text to 30 characters for a message.
quote(text) := text if {
	count(text) <= 30
} else := sprintf("%s…", [substring(text, 0, 30)])
