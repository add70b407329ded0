package numbers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// totalIsKindList reports whether parts (in one unit, in text order, all
// after one 其中) form a list of exclusive kinds of the total: at least two
// of them, joined only by 、, each named by a label that ends in the same
// head noun (政治理论类图书1850册、专业技术类图书1620册; 男职工60人、女职工70人).
// Such a list partitions the total, so its sum may not exceed it. Parts in
// separate clauses (其中女职工500人，党员300人) or with different heads
// (女职工500人、党员300人) are overlapping subsets and are not summed.
func totalIsKindList(s string, parts []Number) bool {
	if len(parts) < 2 {
		return false
	}
	var head string
	for i, n := range parts {
		labelStart := 0
		if i > 0 {
			between := s[parts[i-1].paraEnd:n.paraStart]
			k := strings.LastIndex(between, "、")
			if k < 0 || strings.ContainsAny(between, totalClauseMarks+totalSentenceMarks) {
				return false
			}
			labelStart = parts[i-1].paraEnd + k + len("、")
		} else {
			labelStart = afterLastMark(s[:n.paraStart], "、"+totalClauseMarks+totalSentenceMarks+"：:")
			if k := strings.LastIndex(s[labelStart:n.paraStart], "其中"); k >= 0 {
				labelStart += k + len("其中")
			}
		}
		label := s[labelStart:n.paraStart]
		if i == 0 {
			head = label
			continue
		}
		head = totalCommonHanSuffix(head, label)
		if head == "" {
			return false
		}
	}
	return true
}

// totalCommonHanSuffix returns the longest run of Han characters that
// both a and b end with.
func totalCommonHanSuffix(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) {
		ra, sa := utf8.DecodeLastRuneInString(a[:len(a)-n])
		rb, _ := utf8.DecodeLastRuneInString(b[:len(b)-n])
		if ra != rb || !unicode.Is(unicode.Han, ra) {
			break
		}
		n += sa
	}
	return a[len(a)-n:]
}
