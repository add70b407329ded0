# METADATA
# description: |
#   The single entrypoint the engine prepares once and evaluates for every
#   document. It routes to the `report` of each enabled rule only, so a
#   disabled rule costs nothing, and skips a rule whose custom.needs are all
#   empty in this document (gwlint.active, lint/ruleneeds.go).
package gwlint.main

report contains finding if {
	some category, name
	data.gwlint.settings.enabled[category][name]
	gwlint.active(category, name)
	some finding in data.gwlint.rules[category][name].report
}
