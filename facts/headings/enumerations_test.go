package headings

import (
	"reflect"
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
	"github.com/gwlint/gwlint/parser"
)

// irregularByRule is the search structure/enumeration-sequence made before
// Go listed the irregular items, written out item by item.
func irregularByRule(es []*parser.Enumeration) [][2]int {
	out := [][2]int{}
	for n, e := range es {
		for i, item := range e.Items {
			offStyle := item.Style != e.Style
			offStep := i > 0 && item.Ordinal != e.Items[i-1].Ordinal+1
			if offStyle || offStep {
				out = append(out, [2]int{n, i})
			}
		}
	}
	return out
}

func TestEnumerationSteps(t *testing.T) {
	tests := []struct {
		name, text string
		irregular  [][2]int
		broken     [][2]int
		late       []int
	}{
		{"regular", "一是加强领导，二是完善制度，三是强化考核。", [][2]int{}, [][2]int{}, []int{}},
		{"gap", "一是加强领导，二是完善制度，四是强化考核。", [][2]int{{0, 2}}, [][2]int{}, []int{}},
		{"late start", "二是完善制度，三是强化考核。", [][2]int{}, [][2]int{}, []int{0}},
		{"mixed style", "首先加强领导，二是完善制度，三是强化考核。", [][2]int{{0, 0}}, [][2]int{}, []int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := factstest.ParseText(t, tt.text)
			got := extractEnumerationSteps(doc, nil).(EnumerationSteps)
			if !reflect.DeepEqual(got.Irregular, tt.irregular) || !reflect.DeepEqual(got.Broken, tt.broken) || !reflect.DeepEqual(got.LateStarts, tt.late) {
				t.Errorf("got %+v, want irregular %v broken %v late %v (enumerations %+v)", got, tt.irregular, tt.broken, tt.late, doc.Enumerations)
			}
			if want := irregularByRule(doc.Enumerations); !reflect.DeepEqual(got.Irregular, want) {
				t.Errorf("irregular %v, the rule's search finds %v", got.Irregular, want)
			}
		})
	}
}
