// Package scriptmix extracts input.facts.script_mix: which script a
// document is written in, simplified or traditional, and the runs of the
// other script pasted into it, with their conversion.
//
// It is named scriptmix, not script, because the character tables it
// builds on are the top-level package script, which the whole linter uses
// to normalise text; this package only finds mixtures.
package scriptmix
