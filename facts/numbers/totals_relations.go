package numbers

import (
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser"
)

// totalSentenceMarks end the sentence a relation lives in. ； does not:
// 共120户；其中特困35户 is one relation.
const totalSentenceMarks = "。！？!?"

// totalClauseMarks separate the clauses of a list of parts.
const totalClauseMarks = "，,；;"

// qizhongRelations finds 其中 relations: the parts after 其中 and, for each
// unit, the nearest number before 其中 in that unit as their total.
func qizhongRelations(p *parser.Paragraph, s string, nums []Number) []TotalRelation {
	var out []TotalRelation
	for off := 0; ; {
		k := strings.Index(s[off:], "其中")
		if k < 0 {
			break
		}
		q := off + k
		off = q + len("其中")
		// 其中，非公企业工会48个: the parts start after any comma or colon.
		segStart := len(s) - len(strings.TrimLeft(s[off:], "，,：: 　"))
		segEnd := qizhongSegmentEnd(s, segStart, nums)
		parts := totalNumbersIn(nums, q, segEnd)
		if len(parts) == 0 {
			continue
		}
		sentStart := afterLastMark(s[:q], totalSentenceMarks)
		before := totalNumbersIn(nums, sentStart, q)
		if len(before) == 0 && totalOnlySpaceOrComma(s[sentStart:q]) && sentStart > 0 {
			// 其中 opening a sentence refers to the sentence before it.
			_, size := utf8.DecodeLastRuneInString(s[:sentStart])
			before = totalNumbersIn(nums, afterLastMark(s[:sentStart-size], totalSentenceMarks), sentStart)
		}
		partition := strings.Contains(s[q:segEnd], "分别为") || strings.Contains(s[q:segEnd], "分别是")
		for _, base := range totalBasesOf(parts) {
			inBase := totalWithBase(parts, base)
			total, ok := totalChooseTotal(s, totalWithBase(before, base), inBase)
			if !ok {
				continue
			}
			out = append(out, newTotalRelation("qizhong", p, total, inBase, partition || totalIsKindList(s, inBase)))
		}
	}
	return out
}

// qizhongSegmentEnd returns where the parts after 其中 end: the end of the
// sentence, or earlier at the first clause with no number in a unit the
// first clause used (共走访120户，其中特困35户，发放慰问金3万元，…: the
// 慰问金 clause is no longer a part).
func qizhongSegmentEnd(s string, from int, nums []Number) int {
	sentEnd := len(s)
	if k := strings.IndexAny(s[from:], totalSentenceMarks); k >= 0 {
		sentEnd = from + k
	}
	bases := map[string]bool{}
	end := from
	for end < sentEnd {
		next := sentEnd
		if k := strings.IndexAny(s[end:sentEnd], totalClauseMarks); k >= 0 {
			next = end + k
		}
		clause := totalNumbersIn(nums, end, next)
		if end == from {
			for _, n := range clause {
				bases[n.Base] = true
			}
		} else if !totalAnyBase(clause, bases) {
			break
		}
		end = next
		if end < sentEnd {
			end += totalMarkLen(s, end)
		}
	}
	return end
}

// totalAnyBase reports whether one of nums is in one of bases.
func totalAnyBase(nums []Number, bases map[string]bool) bool {
	for _, n := range nums {
		if bases[n.Base] {
			return true
		}
	}
	return false
}

// sumRelations finds 合计/共计/总计 N after a run of clauses that each give
// one part in N's unit (A支出3万元，B支出2万元，合计5万元).
func sumRelations(p *parser.Paragraph, s string, nums []Number) []TotalRelation {
	var out []TotalRelation
	for _, cue := range totalSumCues {
		for off := 0; ; {
			k := strings.Index(s[off:], cue)
			if k < 0 {
				break
			}
			q := off + k
			off = q + len(cue)
			total, ok := totalFirstInClause(s, nums, off)
			if !ok {
				continue
			}
			parts := totalPartsBefore(s, nums, q, total.Base)
			if len(parts) >= 2 {
				out = append(out, newTotalRelation("sum", p, total, parts, true))
			}
		}
	}
	return out
}

// totalNotParts are words that mark a clause as something other than a
// part of the sum that follows (a budget, a comparison, another total).
var totalNotParts = []string{"共", "总", "累计", "其中", "预算", "计划", "占", "比", "增长", "较", "同期"}

// totalPartsBefore walks back clause by clause from byte q while each clause
// holds exactly one number in base and no word of totalNotParts.
func totalPartsBefore(s string, nums []Number, q int, base string) []Number {
	sentStart := afterLastMark(s[:q], totalSentenceMarks)
	var parts []Number
	end := q
	for end > sentStart {
		start := max(afterLastMark(s[:end-totalMarkLenBefore(s, end)], totalClauseMarks), sentStart)
		clause := s[start:end]
		inBase := totalWithBase(totalNumbersIn(nums, start, end), base)
		if len(inBase) != 1 || numbersContainsAny(clause, totalNotParts) {
			break
		}
		parts = append([]Number{inBase[0]}, parts...)
		end = start
	}
	return parts
}

// totalFirstInClause returns the first number after byte from in the same
// clause (合计126.4万元, 合计为126.4万元).
func totalFirstInClause(s string, nums []Number, from int) (Number, bool) {
	end := len(s)
	if k := strings.IndexAny(s[from:], totalClauseMarks+totalSentenceMarks); k >= 0 {
		end = from + k
	}
	ns := totalNumbersIn(nums, from, end)
	if len(ns) == 0 {
		return Number{}, false
	}
	return ns[0], true
}

func newTotalRelation(kind string, p *parser.Paragraph, total Number, parts []Number, partition bool) TotalRelation {
	r := TotalRelation{Kind: kind, Paragraph: p.Index, Base: total.Base, Total: totalValue(total), Partition: partition}
	for _, n := range parts {
		v := totalValue(n)
		r.Parts = append(r.Parts, v)
		r.Sum += v.Value
	}
	return r
}

// totalNumbersIn returns the numbers that start in [from, to) of the paragraph.
func totalNumbersIn(nums []Number, from, to int) []Number {
	var out []Number
	for _, n := range nums {
		if n.paraStart >= from && n.paraStart < to {
			out = append(out, n)
		}
	}
	return out
}

func totalWithBase(nums []Number, base string) []Number {
	var out []Number
	for _, n := range nums {
		if n.Base == base {
			out = append(out, n)
		}
	}
	return out
}

// totalBasesOf lists the distinct bases of nums in order of appearance.
func totalBasesOf(nums []Number) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range nums {
		if !seen[n.Base] {
			seen[n.Base] = true
			out = append(out, n.Base)
		}
	}
	return out
}

func totalOnlySpaceOrComma(s string) bool {
	return strings.Trim(s, " 　\t，,") == ""
}

// totalMarkLen is the byte length of the punctuation mark at byte i.
func totalMarkLen(s string, i int) int {
	for _, m := range totalClauseMarks + totalSentenceMarks {
		if strings.HasPrefix(s[i:], string(m)) {
			return len(string(m))
		}
	}
	return 1
}

// totalMarkLenBefore is the byte length of the clause mark ending at byte i, or
// 0 when none does.
func totalMarkLenBefore(s string, i int) int {
	for _, m := range totalClauseMarks {
		if strings.HasSuffix(s[:i], string(m)) {
			return len(string(m))
		}
	}
	return 0
}
