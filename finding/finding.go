// Package finding defines what gwlint reports: findings with exact
// positions, the rules that produce them, and the per-file outcome. It is a
// leaf package shared by the engine (lint), the output formats (report) and
// the command line.
package finding

import (
	"fmt"
	"strings"
)

// Severity orders how serious a finding is. The zero value is SeverityNone.
type Severity int

const (
	SeverityNone Severity = iota
	SeverityInfo
	SeverityWarning
	SeverityError
)

// String is the name used in config, JSON and on the command line.
func (s Severity) String() string {
	switch s {
	case SeverityInfo:
		return "info"
	case SeverityWarning:
		return "warning"
	case SeverityError:
		return "error"
	default:
		return "none"
	}
}

// ParseSeverity reads "error", "warning", "info" or "none"/"off".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return SeverityError, nil
	case "warning", "warn":
		return SeverityWarning, nil
	case "info", "note", "suggestion":
		return SeverityInfo, nil
	case "none", "off":
		return SeverityNone, nil
	}
	return SeverityNone, fmt.Errorf("unknown severity %q (want error, warning, info or off)", s)
}

// MarshalText writes the severity name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// Position is a point in a document's decoded text. Offset is a byte offset
// into the decoded UTF-8 text; Line and Column are 1-based, Column in UTF-16
// code units (what SARIF and editors count); RuneColumn counts code points.
type Position struct {
	Line       int `json:"line"`
	Column     int `json:"column"`
	Offset     int `json:"offset"`
	RuneColumn int `json:"-"`
}

// Suggestion is a proposed replacement of the finding's span.
type Suggestion struct {
	Description string `json:"description"`
	Replacement string `json:"replacement"`
	// Safe marks a replacement that `gwlint fix` may apply without review.
	Safe bool `json:"safe,omitempty"`
}

// Finding is one problem in one document.
type Finding struct {
	Rule     string   `json:"rule"`
	Category string   `json:"category"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Path     string   `json:"path"`
	Start    Position `json:"start"`
	End      Position `json:"end"` // exclusive
	// Text is the source text of the span.
	Text string `json:"text"`
	// Section is the heading path of the section holding the finding,
	// joined with " > ", empty before the first heading.
	Section     string       `json:"section"`
	Suggestions []Suggestion `json:"suggestions"`
	// LineText is the full text of the start line, for text output and
	// SARIF snippets. Not part of the JSON contract.
	LineText string `json:"-"`
	// Fingerprint identifies the finding across edits elsewhere in the
	// document: rule + normalised text + section path.
	Fingerprint string `json:"-"`
}

// Example is a bad or good sample for a rule's documentation.
type Example struct {
	Text string `json:"text"`
	Note string `json:"note,omitempty"`
}

// Option documents a rule option a config may set.
type Option struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Default     any    `json:"default,omitempty"`
}

// Rule describes a rule from its METADATA annotation.
type Rule struct {
	ID          string    `json:"id"` // category/name
	Category    string    `json:"category"`
	Name        string    `json:"name"`
	Title       string    `json:"title"`
	Description string    `json:"description"` // rationale, Markdown
	Severity    Severity  `json:"severity"`    // default severity
	Bad         []Example `json:"bad,omitempty"`
	Good        []Example `json:"good,omitempty"`
	Options     []Option  `json:"options,omitempty"`
	// Needs are input paths (matches.typo, facts.dates) of which at least
	// one must be non-empty for the rule to report anything: on a
	// document where all are empty the engine skips the rule.
	Needs []string `json:"needs,omitempty"`
	// Builtin is false for rules loaded from a user rule folder.
	Builtin bool `json:"builtin"`
	// HelpURI points to the rule's documentation.
	HelpURI string `json:"help_uri,omitempty"`
}

// File is the outcome for one input file.
type File struct {
	Path string `json:"path"`
	Kind string `json:"kind"`
	// Error is set when the file could not be read or parsed.
	Error string `json:"error,omitempty"`
}
