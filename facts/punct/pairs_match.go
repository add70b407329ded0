package punct

import "sort"

// Kinds of pairing problem, as they appear in input.facts.punct_pairs.
const (
	// pairUnclosed: an opening mark with no partner (《关于…的通知).
	pairUnclosed = "unclosed"
	// pairUnopened: a closing mark with no partner.
	pairUnopened = "unopened"
	// pairSameDirection: a quotation or title "closed" by a second opening
	// mark (“两癌“), the commonest slip of a Chinese input method.
	pairSameDirection = "same_direction"
	// pairMismatched: a bracket closed by another kind of bracket (（…]).
	pairMismatched = "mismatched"
	// pairReversed: the closing mark comes first (”…“).
	pairReversed = "reversed"
)

// maxPairSpan is the longest stretch, in bytes (about 80 Han characters),
// that one problem covers from its first mark to its second. A quotation
// typed the wrong way round is short; two marks further apart are more
// likely two separate slips, and reporting each alone keeps the facts
// linear in the paragraph however many marks it holds.
const maxPairSpan = 240

// pairIssue is one pairing problem in a paragraph. open and close are the
// marks involved; a problem has at least one of them.
type pairIssue struct {
	kind              string
	open, close       pairToken
	hasOpen, hasClose bool
}

// matchPairs finds the pairing problems of one paragraph's marks with a
// stack. A family whose marks balance on their own (“学习“两会”精神”) may
// nest in itself; in a quotation family that does not balance, a second
// opening mark while one is open is taken for a mistyped closing one,
// which is what “两癌“ is: input methods type “ and ” with one key. Book
// titles and brackets have a key per side, so 《工会法《劳动法》 is left an
// unclosed 《.
func matchPairs(tokens []pairToken, text string) []pairIssue {
	if len(tokens) == 0 {
		return nil // most paragraphs: nothing to set up
	}
	balanced := balancedFamilies(tokens)
	st := &pairStack{open: make([]int, len(pairFamilies))}
	var issues []pairIssue
	for _, t := range tokens {
		f := pairFamilies[t.mark.family]
		top, hasTop := st.top()
		if t.mark.opening {
			if f.group == groupQuote && !balanced[t.mark.family] && hasTop && top.mark.family == t.mark.family {
				issues = append(issues, pairIssue{kind: pairSameDirection, open: st.pop(), close: t, hasOpen: true, hasClose: true})
				continue
			}
			st.push(t)
			continue
		}
		if hasTop && top.mark.family == t.mark.family {
			st.pop()
			continue
		}
		if t.r == '’' && precededByLatin(text, t.offset) && st.open[t.mark.family] == 0 {
			continue // an apostrophe: Workers’ Union
		}
		if t.listMarker && st.open[t.mark.family] == 0 {
			continue // a list marker: 1）加强领导
		}
		if st.open[t.mark.family] > 0 {
			// The innermost open mark of the family closes here; the marks
			// opened after it were never closed.
			for {
				o := st.pop()
				if o.mark.family == t.mark.family {
					break
				}
				issues = append(issues, pairIssue{kind: pairUnclosed, open: o, hasOpen: true})
			}
			continue
		}
		if hasTop && f.group != groupQuote && pairFamilies[top.mark.family].group == f.group {
			issues = append(issues, pairIssue{kind: pairMismatched, open: st.pop(), close: t, hasOpen: true, hasClose: true})
			continue
		}
		issues = append(issues, pairIssue{kind: pairUnopened, close: t, hasClose: true})
	}
	for _, o := range st.marks {
		issues = append(issues, pairIssue{kind: pairUnclosed, open: o, hasOpen: true})
	}
	return mergeReversed(issues)
}

// balancedFamilies reports, per family, whether its marks alone nest
// properly: never more closing than opening marks, and equal counts.
func balancedFamilies(tokens []pairToken) map[int]bool {
	depth := map[int]int{}
	broken := map[int]bool{}
	for _, t := range tokens {
		if t.mark.opening {
			depth[t.mark.family]++
		} else if depth[t.mark.family]--; depth[t.mark.family] < 0 {
			broken[t.mark.family] = true
		}
	}
	out := map[int]bool{}
	for fam, d := range depth {
		out[fam] = d == 0 && !broken[fam]
	}
	return out
}

// pairStack is the stack of open marks, with a count per family so that
// "is this family open?" costs nothing and a stray closing mark never
// scans the stack.
type pairStack struct {
	marks []pairToken
	open  []int // open marks per family
}

func (s *pairStack) push(t pairToken) {
	s.marks = append(s.marks, t)
	s.open[t.mark.family]++
}

func (s *pairStack) pop() pairToken {
	t := s.marks[len(s.marks)-1]
	s.marks = s.marks[:len(s.marks)-1]
	s.open[t.mark.family]--
	return t
}

func (s *pairStack) top() (pairToken, bool) {
	if len(s.marks) == 0 {
		return pairToken{}, false
	}
	return s.marks[len(s.marks)-1], true
}

// mergeReversed turns a closing mark without partner followed later by an
// opening mark of the same family without partner (”…“) into one
// reversed pair. Per family, each lone closing mark takes the first lone
// opening mark after it within maxPairSpan, in one pass over both lists.
func mergeReversed(issues []pairIssue) []pairIssue {
	unclosed := map[int][]int{} // family → indexes of unclosed issues, by offset
	for i, is := range issues {
		if is.kind == pairUnclosed {
			unclosed[is.open.mark.family] = append(unclosed[is.open.mark.family], i)
		}
	}
	for _, list := range unclosed {
		sort.Slice(list, func(a, b int) bool { return issues[list[a]].open.offset < issues[list[b]].open.offset })
	}
	merged := make([]bool, len(issues))
	next := map[int]int{} // family → first unused position in unclosed[family]
	for i, u := range issues {
		if u.kind != pairUnopened {
			continue
		}
		fam := u.close.mark.family
		list := unclosed[fam]
		k := next[fam]
		for k < len(list) && issues[list[k]].open.offset < u.close.offset {
			k++
		}
		next[fam] = k
		if k == len(list) || issues[list[k]].open.offset-u.close.offset > maxPairSpan {
			continue
		}
		j := list[k]
		next[fam] = k + 1
		issues[i] = pairIssue{kind: pairReversed, open: issues[j].open, close: u.close, hasOpen: true, hasClose: true}
		merged[j] = true
	}
	out := issues[:0]
	for i, is := range issues {
		if !merged[i] {
			out = append(out, is)
		}
	}
	return out
}
