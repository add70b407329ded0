package numbers

import (
	"math"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

func init() { facts.Register("totals", extractTotals) }

// TotalRelation is a total and the parts the text gives of it, in the same
// unit after normalisation (万元 and 元 compare; 人 and 人次 do not):
//
//	共走访慰问困难职工120户，其中特困职工35户      (kind qizhong)
//	其中男职工、女职工分别为60人、70人              (qizhong, partition)
//	工会活动支出…11.3万元，其他支出4.4万元，合计126.4万元 (kind sum, partition)
//
// The total of a 其中 is the nearest figure before it in the parts' unit
// that is not the size of a change (比上年增加12.4万元), unless the parts
// are changes too (增加120人，其中女职工增加50人).
type TotalRelation struct {
	// Kind is "qizhong" for 共…N…，其中…M… and "sum" for parts followed
	// by 合计/共计/总计 N.
	Kind string `json:"kind"`
	// Paragraph is the index of the paragraph holding the relation.
	Paragraph int `json:"paragraph"`
	// Base is the unit all values are normalised to (元, 人, 户 …).
	Base string `json:"base"`
	// Total is the whole.
	Total TotalValue `json:"total"`
	// Parts are the parts, in text order.
	Parts []TotalValue `json:"parts"`
	// Partition is set when the parts are meant to add up to the total
	// (分别为 after 其中, items summed by 合计, or a 、-joined list of kinds
	// with one head noun: 其中理论类图书1850册、技术类图书1620册), so their
	// sum may not exceed it. Other parts after a bare 其中 may overlap (其中
	// 女职工500人，党员300人), so only each part on its own is compared then.
	Partition bool `json:"partition"`
	// Sum is the sum of the parts' values.
	Sum float64 `json:"sum"`
}

// TotalValue is one number of a relation.
type TotalValue struct {
	// Text is the number as written (120户, 1.5万元).
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Value is the number in the base unit; for an approximation it is
	// the number written (the lower bound of 300余人).
	Value float64 `json:"value"`
	// Max is the largest value the number allows: 1200余人 allows up to
	// 1300, 3万多人 up to 40000; equal to Value for an exact number.
	Max float64 `json:"max"`
	// OpenEnded is set for a number with no upper bound (300人以上, 超过
	// 50户, 逾万元): no part can be shown to exceed it.
	OpenEnded bool `json:"open_ended"`
}

func extractTotals(doc *parser.Document, env *facts.Env) any {
	var out []TotalRelation
	for _, p := range doc.Paragraphs {
		if p.Role == parser.RolePreamble {
			continue
		}
		norm := env.SimplifiedText(p)
		if !totalCues.containedIn(norm) {
			continue
		}
		var nums []Number
		for _, n := range paragraphNumbers(p, norm) {
			if !n.Quoted && !totalIsVague(n) {
				nums = append(nums, n)
			}
		}
		out = append(out, qizhongRelations(p, norm, nums)...)
		out = append(out, sumRelations(p, norm, nums)...)
	}
	return out
}

// totalIsVague reports numbers too vague to compare (三四十, 上百, 几十).
func totalIsVague(n Number) bool {
	for _, a := range n.Approx {
		switch a {
		case "range", "几", "数", "上", "成":
			return true
		}
	}
	return false
}

// totalOpenMarkers leave a number without an upper bound.
var totalOpenMarkers = map[string]bool{"以上": true, "超过": true, "逾": true, "超": true, "不少于": true, "至少": true, "多达": true}

// totalValue converts a number to a relation value with its bounds.
func totalValue(n Number) TotalValue {
	v := TotalValue{Text: n.Text, Start: n.Start, End: n.End, Value: n.Normalized, Max: n.Normalized}
	for _, a := range n.Approx {
		switch {
		case totalOpenMarkers[a]:
			v.OpenEnded = true
		case a == "余" || a == "多" || a == "来" || a == "许":
			v.Max = n.Normalized + lastPlace(n.Value)*(n.Normalized/nonZero(n.Value))
		}
	}
	return v
}

// lastPlace returns the place value of the last non-zero digit of an
// integral value (1200 → 100, 35 → 1, 3 → 1), or 1 for a fraction: 余
// and 多 extend a number by less than one unit of that place.
func lastPlace(v float64) float64 {
	if v <= 0 || v != math.Trunc(v) {
		return 1
	}
	place := 1.0
	for v >= 10 && math.Mod(v, 10) == 0 {
		v /= 10
		place *= 10
	}
	return place
}

func nonZero(v float64) float64 {
	if v == 0 {
		return 1
	}
	return v
}

// totalSumCues introduce a total after its parts.
var totalSumCues = []string{"合计", "共计", "总计"}

// totalCues are the words a paragraph needs for a relation: 其中 or a sum
// cue.
var totalCues = newWordIndex(append([]string{"其中"}, totalSumCues...))
