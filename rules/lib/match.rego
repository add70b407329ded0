# METADATA
# description: |
#   Helpers for rules that read pattern matches (input.matches.<list>) and
#   the entries of data.gwlint.patterns.<list> that produced them.
package gwlint.match

# excluded holds when an entry's exclude list has an item whose before and
# after patterns (each optional) all match the text around the match m.
# Most entries have no exclude list: entry.exclude is then undefined and
# the test fails at once, without the object.get call it would take to
# default it to [] for every match.
excluded(entry, m) if {
	some ex in entry.exclude
	_context_matches(ex, m)
}

_context_matches(ex, m) if {
	_side_matches(ex, "before", m.before)
	_side_matches(ex, "after", m.after)
}

_side_matches(ex, side, _) if not ex[side]

_side_matches(ex, side, text) if regex.match(ex[side], text)

# kept returns the matches of a pattern list paired with their entries,
# minus excluded ones: a set of [match, entry].
kept(list) := {[m, entry] |
	some m in input.matches[list]
	entry := data.gwlint.patterns[list][m.entry]
	not excluded(entry, m)
}
