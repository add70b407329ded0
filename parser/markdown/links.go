package markdown

import "regexp"

// linkTail matches what may stand between the parentheses of an inline
// link: an optional destination (<…> or without spaces) and title.
var linkTail = regexp.MustCompile(`^[ \t]*(?:<[^<>]*>|[^ \t<][^ \t]*)?(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$`)

// maxLabel is the longest link label CommonMark allows.
const maxLabel = 999

// link recognises a link at text[i:], within the range rg, which starts
// with '[': an inline link [text](destination "title"), a full or
// collapsed reference link [text][label] or [text][], or a shortcut
// reference [label] to a defined label. It returns the length of the link
// and the span of its text, or 0.
func (p inlineParser) link(rg scanRange, i int) (n, textStart, textEnd int) {
	text, e := p.r.text, rg.end
	if i >= e || text[i] != '[' || (i+1 < e && text[i+1] == '^') {
		return 0, 0, 0
	}
	close := rg.pairs.match(i)
	if close < 0 || close >= e {
		return 0, 0, 0
	}
	after := close + 1
	switch {
	case after < e && text[after] == '(':
		end := rg.pairs.match(after)
		if end < 0 || end >= e || !linkTail.MatchString(text[after+1:end]) {
			return 0, 0, 0
		}
		return end + 1 - i, i + 1, close
	case after < e && text[after] == '[':
		end := rg.pairs.match(after)
		if end < 0 || end >= e {
			return 0, 0, 0
		}
		label := text[after+1 : end]
		if isBlank(label, 0, len(label)) {
			label = text[i+1 : close]
		}
		if !p.isDefined(label) {
			return 0, 0, 0
		}
		return end + 1 - i, i + 1, close
	case p.isDefined(text[i+1 : close]):
		return close + 1 - i, i + 1, close
	}
	return 0, 0, 0
}

// isDefined reports whether a link reference definition has the label.
func (p inlineParser) isDefined(label string) bool {
	return len(label) <= maxLabel && len(p.r.defs) > 0 && p.r.defs[normalizeLabel(label)]
}
