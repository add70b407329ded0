package headings

import (
	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

// Enumeration step facts. structure/enumeration-sequence looks for the few
// run-in list items (一是…二是…) that break their series; finding them
// meant a Rego loop over every item of every enumeration, and in OPA each
// step of such a loop costs microseconds while a report has hundreds of
// items. Go lists the candidates; the rule still decides which break is
// an error and how to word it.

func init() { facts.Register("enumeration_steps", extractEnumerationSteps) }

// EnumerationSteps is input.facts.enumeration_steps. Items are named by
// [enumeration index, item index] into input.enumerations.
type EnumerationSteps struct {
	// Irregular lists the items that are not simply the next number of
	// their series in its own style: items of another style than the
	// series, and items (not the first) whose ordinal is not one past the
	// previous item's. In a correct document it is empty.
	Irregular [][2]int `json:"irregular"`
	// Broken lists the items whose marker lost part of its form (三加大
	// for 三是; parser.EnumerationItem.Broken).
	Broken [][2]int `json:"broken"`
	// LateStarts lists the enumerations whose first item has an ordinal
	// above 1.
	LateStarts []int `json:"late_starts"`
}

func extractEnumerationSteps(doc *parser.Document, _ *facts.Env) any {
	return enumerationSteps(doc.Enumerations)
}

func enumerationSteps(es []*parser.Enumeration) EnumerationSteps {
	out := EnumerationSteps{Irregular: [][2]int{}, Broken: [][2]int{}, LateStarts: []int{}}
	for n, e := range es {
		if len(e.Items) > 0 && e.Items[0].Ordinal > 1 {
			out.LateStarts = append(out.LateStarts, n)
		}
		for i, item := range e.Items {
			if item.Style != e.Style || (i > 0 && item.Ordinal != e.Items[i-1].Ordinal+1) {
				out.Irregular = append(out.Irregular, [2]int{n, i})
			}
			if item.Broken {
				out.Broken = append(out.Broken, [2]int{n, i})
			}
		}
	}
	return out
}
