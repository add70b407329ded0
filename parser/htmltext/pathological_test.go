package htmltext

import (
	"strings"
	"testing"
	"time"
)

// TestReadIsLinearOnPathologicalInput feeds deep nesting, unclosed items and
// long runs of character references; the open-element stack is capped and
// indexed so that none of them is quadratic. The budget is generous so that
// a loaded machine passes.
func TestReadIsLinearOnPathologicalInput(t *testing.T) {
	if testing.Short() {
		t.Skip("slow in -short mode")
	}
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
	for name, in := range cases {
		start := time.Now()
		if _, err := Read(in); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: %d bytes took %v", name, len(in), d)
		}
	}
}
