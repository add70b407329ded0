package report

import "github.com/gwlint/gwlint/finding"

// palette wraps text in ANSI SGR sequences, or leaves it alone when colour
// is off, so the text format has one code path for both.
type palette struct{ on bool }

const (
	sgrReset  = "\x1b[0m"
	sgrBold   = "\x1b[1m"
	sgrDim    = "\x1b[2m"
	sgrRed    = "\x1b[1;31m"
	sgrYellow = "\x1b[1;33m"
	sgrCyan   = "\x1b[1;36m"
	sgrGreen  = "\x1b[32m"
)

func (p palette) wrap(sgr, s string) string {
	if !p.on || s == "" {
		return s
	}
	return sgr + s + sgrReset
}

func (p palette) bold(s string) string  { return p.wrap(sgrBold, s) }
func (p palette) dim(s string) string   { return p.wrap(sgrDim, s) }
func (p palette) green(s string) string { return p.wrap(sgrGreen, s) }

// severity colours s the way compilers colour diagnostics of that level.
func (p palette) severity(sev finding.Severity, s string) string {
	switch sev {
	case finding.SeverityError:
		return p.wrap(sgrRed, s)
	case finding.SeverityWarning:
		return p.wrap(sgrYellow, s)
	default:
		return p.wrap(sgrCyan, s)
	}
}
