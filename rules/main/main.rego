# METADATA
# description: |
#   The single entrypoint the engine prepares once and evaluates for every
#   document. It routes to the `report` of each enabled rule only, so a
#   disabled rule costs nothing.
package gwlint.main

report contains finding if {
	some category, name
	data.gwlint.settings.enabled[category][name]
	some finding in data.gwlint.rules[category][name].report
}
