package htmltext

import (
	"strings"
	"testing"
)

// TestReadIsLinearOnPathologicalInput feeds deep nesting, unclosed items and
// long runs of character references; the open-element stack is capped and
// indexed so that none of them is quadratic.
func TestReadIsLinearOnPathologicalInput(t *testing.T) {
	const n = 20000
	cases := map[string]string{
		"nested divs":        strings.Repeat("<div>a", n),
		"nested lists":       strings.Repeat("<ul><li>a", n),
		"items in divs":      "<ul>" + strings.Repeat("<div>", n) + strings.Repeat("<li>a", n),
		"stray end tags":     strings.Repeat("<div>", 500) + strings.Repeat("</p></li>", n),
		"references":         "<p>" + strings.Repeat("&notin;&amp&#x4e00;&zz;", n),
		"nested svg":         strings.Repeat("<svg>", n) + "a",
		"whitespace runs":    "<p>" + strings.Repeat("a \n ", n),
		"ordered list items": "<ol>" + strings.Repeat("<li value=3>a", n),
	}
	htmlReader.CheckLinear(t, cases)
}
