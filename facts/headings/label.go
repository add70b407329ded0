package headings

import (
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser"
)

// headingLabelRunes is how long a heading's text may be and still be
// quoted whole in a message; a longer one is cut to one character less,
// followed by an ellipsis, so that no label's text is longer than this.
const headingLabelRunes = 16

// headingLabel names a heading in a message, as the numbering rules quote
// it: its marker and the start of its text (一、加强组织建设，不断扩大工会覆盖…).
// Go writes it once per heading because a rule building it cost two
// function calls and three string builtins in OPA for every heading a
// message names, and the numbering rules name two per finding.
func headingLabel(h *parser.Heading) string {
	if utf8.RuneCountInString(h.Text) <= headingLabelRunes {
		return h.Marker + h.Text
	}
	runes := 0
	for i := range h.Text {
		if runes == headingLabelRunes-1 {
			return h.Marker + h.Text[:i] + "…"
		}
		runes++
	}
	return h.Marker + h.Text // not reached: the text is longer
}
