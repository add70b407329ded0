# METADATA
# description: |
#   Whether a document has the parts its kind requires (存在的问题, 下一步打算 …),
#   shared by the structure/missing-*-section rules. Parts, their patterns and
#   the default profiles are data (rules/data/sections.yaml); a config's
#   profiles say which parts a kind requires.
package gwlint.parts

import data.gwlint.config

# required holds when the document's kind requires the part.
required(part) if part in config.required_sections(input.kind)

# present holds when a pattern of the part matches anywhere in the document,
# in a heading or inline in a paragraph.
present(part) if {
	list := data.gwlint.sections.parts[part].list
	count(input.matches[list]) > 0
}

# missing holds for a required part that is not present.
missing(part) if {
	required(part)
	not present(part)
}

# name is the human name of a part, for messages.
name(part) := data.gwlint.sections.parts[part].name
