package markdown

import (
	"regexp"
	"strings"
)

// The functions here recognise block markers at text[p:end], where p is the
// first character of a line's content that is not a space or tab.

// atxHeading recognises "# …" to "###### …". The content excludes the #s,
// the space after them and an optional closing run of #s.
func atxHeading(text string, p, end int) (level int, content span, ok bool) {
	level = runLength(text, p, end, '#')
	if level < 1 || level > 6 {
		return 0, span{}, false
	}
	i := p + level
	if i < end && !isSpaceOrTab(text[i]) {
		return 0, span{}, false
	}
	c := trimSpan(text, i, end)
	// A closing sequence is a run of #s that is the whole content or
	// follows a space.
	j := c.end
	for j > c.start && text[j-1] == '#' {
		j--
	}
	if j < c.end && (j == c.start || isSpaceOrTab(text[j-1])) {
		c = trimSpan(text, c.start, j)
	}
	return level, c, true
}

// setextLevel returns 1 for a line of =, 2 for a line of -, 0 otherwise.
// It is an underline only below paragraph text; the caller checks that.
func setextLevel(text string, p, end int) int {
	if p >= end || (text[p] != '=' && text[p] != '-') {
		return 0
	}
	n := runLength(text, p, end, text[p])
	if !isBlank(text, p+n, end) {
		return 0
	}
	if text[p] == '=' {
		return 1
	}
	return 2
}

// isThematicBreak recognises three or more -, * or _ with only spaces
// between them.
func isThematicBreak(text string, p, end int) bool {
	if p >= end || !strings.ContainsRune("-*_", rune(text[p])) {
		return false
	}
	c, n := text[p], 0
	for i := p; i < end; i++ {
		switch {
		case text[i] == c:
			n++
		case !isSpaceOrTab(text[i]):
			return false
		}
	}
	return n >= 3
}

// listMarker is the marker of a list item.
type listMarker struct {
	ordered bool
	// start and end delimit the marker ("-", "12.") in the input.
	start, end int
	// content is where the item's text begins (after the spaces that
	// follow the marker) and contentCol its column, the indentation that
	// nested blocks must reach.
	content    int
	contentCol int
}

// parseListMarker recognises "-", "*", "+" and "1." or "1)" (up to nine
// digits) followed by a space, a tab or the end of the line. col is the
// column of p.
func parseListMarker(text string, p, end, col int) (listMarker, bool) {
	m := listMarker{start: p}
	switch {
	case p < end && strings.ContainsRune("-*+", rune(text[p])):
		m.end = p + 1
	default:
		digits := 0
		for p+digits < end && digits < 10 && isDigit(text[p+digits]) {
			digits++
		}
		if digits == 0 || digits > 9 || p+digits >= end || (text[p+digits] != '.' && text[p+digits] != ')') {
			return listMarker{}, false
		}
		m.ordered, m.end = true, p+digits+1
	}
	if m.end < end && !isSpaceOrTab(text[m.end]) {
		return listMarker{}, false
	}
	markerCol := col + m.end - p
	content, contentCol := skipSpaces(text, m.end, end, markerCol)
	if content == end || contentCol-markerCol > 4 {
		// An empty item, or text that would be indented code: the
		// content column is one space after the marker.
		contentCol = markerCol + 1
	}
	m.content, m.contentCol = content, contentCol
	return m, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// linkDefinition matches a one-line link reference definition:
// [label]: destination "optional title".
var linkDefinition = regexp.MustCompile(`^\[((?:[^\[\]\\]|\\.)+)\]:[ \t]*(?:<[^<>]*>|\S+)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$`)

// parseLinkDefinition returns the normalised label of a link reference
// definition at text[p:end].
func parseLinkDefinition(text string, p, end int) (string, bool) {
	if p >= end || text[p] != '[' {
		return "", false
	}
	m := linkDefinition.FindStringSubmatch(text[p:end])
	if m == nil || strings.TrimSpace(m[1]) == "" {
		return "", false
	}
	return normalizeLabel(m[1]), true
}

// normalizeLabel makes link labels compare as CommonMark says: case-folded,
// with whitespace runs collapsed.
func normalizeLabel(label string) string {
	return strings.ToLower(strings.Join(strings.Fields(label), " "))
}

// quotePrefix strips the blockquote markers at the start of text[s:e] and
// returns their number, where the content starts and its column.
func quotePrefix(text string, s, e int) (depth, contentStart, col int) {
	i := s
	for {
		j, c := skipSpaces(text, i, e, col)
		if j >= e || text[j] != '>' {
			return depth, i, col
		}
		depth++
		j, c = j+1, c+1
		if j < e && text[j] == ' ' {
			j, c = j+1, c+1
		}
		i, col = j, c
	}
}

// linkDefinitions collects the labels of all link reference definitions,
// which may follow the links that use them.
func linkDefinitions(text string, lines []line) map[string]bool {
	defs := map[string]bool{}
	for _, l := range lines {
		_, cs, col := quotePrefix(text, l.start, l.end)
		p, _ := skipSpaces(text, cs, l.end, col)
		if label, ok := parseLinkDefinition(text, p, l.end); ok {
			defs[label] = true
		}
	}
	return defs
}

// onlyTags reports whether text[p:e] holds nothing but HTML tags and
// spaces, like <div align="center"> or </p>.
func onlyTags(text string, p, e int) bool {
	c := newClosers(text, e)
	for p < e {
		n := htmlTagLength(text, p, e, c)
		if n == 0 {
			return false
		}
		p, _ = skipSpaces(text, p+n, e, 0)
	}
	return true
}
