package suppress

// Rule ids of the problems this package reports. The engine turns each
// Problem into a warning finding with this id.
const (
	RuleInvalid       = "gwlint/invalid-directive"
	RuleMissingReason = "gwlint/directive-missing-reason"
	RuleUnused        = "gwlint/unused-directive"
)

// Problem is a mistake in a directive, positioned at the comment holding
// it. Offsets are bytes into the document text; the engine computes lines
// and columns.
type Problem struct {
	Rule    string
	Message string
	Start   int
	End     int
}
