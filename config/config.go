// Package config reads .gwlint.yaml: per-rule levels and options, path
// ignores, extra rule folders and word lists, and per-kind document profiles.
//
// Parsing walks the yaml.Node tree by hand instead of unmarshalling into
// structs so that every mistake — an unknown key, a wrong type, a bad level,
// a duplicate key — is reported as "FILE:LINE: message". A clerk editing the
// file by hand needs to know where, not only what.
package config

import (
	"os"

	"github.com/gwlint/gwlint/finding"
)

// FileNames are the names Find looks for, in order of preference.
var FileNames = []string{".gwlint.yaml", ".gwlint.yml"}

// Config is the effective configuration for one run.
type Config struct {
	// Path is the file the config came from; "" for defaults.
	Path string
	// Dir is the directory relative paths resolve against: the config
	// file's directory, or the working directory when there is no file.
	Dir string
	// Rules maps a rule id ("wording/typo") or a whole category
	// ("punctuation/*") to its settings.
	Rules map[string]RuleConfig
	// Ignore holds path globs as written, relative to Dir.
	Ignore []string
	// RulePaths are extra rule folders, resolved to absolute paths.
	RulePaths []string
	// DataFiles are extra word-list files, resolved to absolute paths.
	DataFiles []string
	// Profiles maps a document kind (工作总结, 自查报告, …, other) to what
	// such a document must contain. Defaults are filled in for every kind
	// the file does not mention.
	Profiles map[string]Profile

	// pathLines remembers where each rule_paths/data entry was written so
	// that CheckPaths can point at the line of a missing folder.
	pathLines map[string]int
}

// RuleConfig is the configuration of one rule or category.
type RuleConfig struct {
	// Level overrides the rule's default severity; nil keeps the default,
	// finding.SeverityNone turns the rule off.
	Level *finding.Severity
	// Options are every key other than level, handed to the rule as data.
	Options map[string]any
	// Line is where the rule's key was written; 0 for defaults.
	Line int

	// optionLines maps an option name to the line of its key, for
	// Validate's messages.
	optionLines map[string]int
}

// Profile says which parts a document of one kind must contain.
type Profile struct {
	// RequiredSections are section roles (problems, plan, …) the document
	// must have.
	RequiredSections []string
	// Line is where the profile was written; 0 for defaults.
	Line int
}

// Default is the configuration used when no file is found: every rule at its
// default level, nothing ignored, the default profiles.
func Default() *Config {
	dir, err := os.Getwd()
	if err != nil {
		dir = "."
	}
	return &Config{
		Dir:       dir,
		Rules:     map[string]RuleConfig{},
		Profiles:  DefaultProfiles(),
		pathLines: map[string]int{},
	}
}
