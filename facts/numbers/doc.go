// Package numbers extracts the facts about figures in a document:
// quantities with their units (input.facts.numbers), units whose figure was
// deleted from a template (missing_numbers), counts announced for a list
// and the items that follow (counts), totals and their parts (totals),
// percentages (percents) and calendar dates (dates).
//
// The six extractors live together because they read numbers the same
// way: one numeral reader (1,234 / 1.5万 / 三百余 / 十几), one unit table
// and one set of word lists from data.gwlint.numbers. Rules compare the
// figures; this package only reads and associates them.
package numbers
