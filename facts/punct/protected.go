package punct

import (
	"regexp"
	"sort"
	"strings"
)

// Text in which ASCII punctuation is part of the syntax, not Chinese prose:
// a web address (http://a.cn/x?id=1), an e-mail address and an inline code
// span in backticks. The punctuation rules skip marks inside them.
//
// Each pattern comes with a cheap test for a literal every match contains.
// Almost no paragraph of a report holds an address or code, and running
// the backtracking matcher over every paragraph anyway was a third of the
// punctuation facts' time.
var protectedPatterns = []struct {
	re       *regexp.Regexp
	mayMatch func(text string) bool
}{
	{
		regexp.MustCompile(`(?i)(?:https?|ftp)://[\x21-\x7E]+|www\.[A-Za-z0-9-]+\.[\x21-\x7E]+`),
		func(text string) bool { return strings.Contains(text, "://") || containsWWWDot(text) },
	},
	{
		regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`),
		func(text string) bool { return strings.IndexByte(text, '@') >= 0 },
	},
	{
		regexp.MustCompile("`[^`\n]+`"),
		func(text string) bool { return strings.IndexByte(text, '`') >= 0 },
	},
}

// containsWWWDot reports whether text contains www. in any letter case, as
// the case-insensitive address pattern does.
func containsWWWDot(text string) bool {
	for i := 3; i < len(text); i++ {
		dot := strings.IndexByte(text[i:], '.')
		if dot < 0 {
			return false
		}
		i += dot
		if strings.EqualFold(text[i-3:i], "www") {
			return true
		}
	}
	return false
}

// urlTrailing are characters a web address does not end with in prose: a
// comma or full stop typed after an address belongs to the sentence, as
// link detectors in mail readers assume.
const urlTrailing = ".,;:!?'\""

// protectedRanges returns the byte ranges of text that are addresses or
// code, sorted by start.
func protectedRanges(text string) protectedSpans {
	var out protectedSpans
	for _, pat := range protectedPatterns {
		if !pat.mayMatch(text) {
			continue
		}
		for _, loc := range pat.re.FindAllStringIndex(text, -1) {
			out.ranges = append(out.ranges, [2]int{loc[0], trimURLEnd(text, loc[0], loc[1])})
		}
	}
	sort.Slice(out.ranges, func(i, j int) bool { return out.ranges[i][0] < out.ranges[j][0] })
	return out
}

// protectedSpans answers whether offsets, asked in increasing order, lie
// in one of its ranges; a cursor keeps the whole scan linear.
type protectedSpans struct {
	ranges [][2]int
	next   int // ranges before next end at or before the last offset asked
	reach  int // the furthest end among ranges[:next]
}

// contains reports whether offset i lies in a range. Offsets must not
// decrease from one call to the next.
func (p *protectedSpans) contains(i int) bool {
	for p.next < len(p.ranges) && p.ranges[p.next][0] <= i {
		p.reach = max(p.reach, p.ranges[p.next][1])
		p.next++
	}
	return i < p.reach
}

// trimURLEnd drops trailing sentence punctuation from a match, and a
// closing parenthesis the address does not open (（见 http://a.cn/x) →
// the ) closes the remark).
func trimURLEnd(text string, start, end int) int {
	for end > start {
		c := text[end-1]
		switch {
		case strings.IndexByte(urlTrailing, c) >= 0:
			end--
		case c == ')' && strings.Count(text[start:end], "(") < strings.Count(text[start:end], ")"):
			end--
		default:
			return end
		}
	}
	return end
}
