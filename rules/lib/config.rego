# METADATA
# description: |
#   Access to the run's configuration from rules. The engine writes the
#   enabled rules, their options and the section profiles into
#   data.gwlint.settings before any document is evaluated.
package gwlint.config

import data.gwlint.result

# option returns a rule option from the config, or fallback when unset.
option(chain, name, fallback) := value if {
	[category, rule] := split(result.rule_id(chain), "/")
	value := data.gwlint.settings.options[category][rule][name]
} else := fallback

# required_sections lists the parts (problems, plan, …) that a document of
# this kind must have: the config's profile for the kind if it has one, else
# the built-in default profile from data/sections.yaml.
required_sections(kind) := data.gwlint.settings.profiles[kind].required_sections

required_sections(kind) := data.gwlint.sections.profiles[kind].required_sections if {
	not data.gwlint.settings.profiles[kind]
}

required_sections(kind) := [] if {
	not data.gwlint.settings.profiles[kind]
	not data.gwlint.sections.profiles[kind]
}
