// Package rules holds gwlint's built-in rules, embedded in the binary:
//
//	lib/                     shared Rego library (result builders, config helpers)
//	main/                    the single entrypoint that routes to every enabled rule
//	data/                    word lists and patterns, merged into data.gwlint
//	<category>/<name>/       one rule per folder: <name>.rego and <name>_test.rego
//
// Each rule is a Rego package gwlint.rules.<category>["<name>"] with a
// METADATA annotation (title, description, custom.id, custom.category,
// custom.severity, custom.bad, custom.good, custom.options). Rules add
// findings to a partial set `report`, built with data.gwlint.result.
package rules

import "embed"

// builtin-data.json is rules/data merged and converted to JSON, which loads
// several times faster than the YAML (see lint/datasnapshot.go).
//
//go:generate go test ../lint -run TestBuiltinDataSnapshot -args -update-builtin-data

// FS is the embedded rule tree. Test files are embedded too: `gwlint test`
// runs them, and they cost little space.
//
//go:embed *
var FS embed.FS
