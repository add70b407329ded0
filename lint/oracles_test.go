package lint

import (
	"reflect"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Test oracles: the plain definitions that the optimised code must agree
// with.

// mayMatch reports whether the pattern can match somewhere in text: what
// the scanner's first-rune index of prefilter literals computes for all
// entries at once.
func (p prefilter) mayMatch(text string) bool {
	if len(p.literals) == 0 {
		return true
	}
	for _, l := range p.literals {
		if strings.Contains(text, l) {
			return true
		}
	}
	return false
}

// toTerm encodes a Go value by reflection, the reference the hand-written
// input encoder is checked against.
func toTerm(v any) *ast.Term { return encodeValue(reflect.ValueOf(v)) }
