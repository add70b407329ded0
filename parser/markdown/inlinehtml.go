package markdown

import "strings"

// maxTagLength bounds an inline HTML open tag, so that a line full of
// unfinished tags costs linear time. Real tags in documents are far
// shorter.
const maxTagLength = 4096

// autolinkLength returns the length of an autolink <scheme:…> or
// <user@host> at text[i:e], or 0.
func autolinkLength(text string, i, e int) int {
	if n := uriAutolinkLength(text, i, e); n > 0 {
		return n
	}
	return emailAutolinkLength(text, i, e)
}

// uriAutolinkLength recognises <scheme:rest>: a scheme of 2–32 letters,
// digits, + . -, starting with a letter, and a rest without spaces or < >.
func uriAutolinkLength(text string, i, e int) int {
	j := i + 1
	if j >= e || !isASCIILetter(text[j]) {
		return 0
	}
	for j < e && (isASCIILetter(text[j]) || isDigit(text[j]) || strings.IndexByte("+.-", text[j]) >= 0) {
		j++
	}
	if n := j - i - 1; n < 2 || n > 32 || j >= e || text[j] != ':' {
		return 0
	}
	for j++; j < e; j++ {
		switch c := text[j]; {
		case c == '>':
			return j + 1 - i
		case c == '<' || c <= ' ':
			return 0
		}
	}
	return 0
}

// emailAutolinkLength recognises <local@domain>.
func emailAutolinkLength(text string, i, e int) int {
	j := i + 1
	for j < e && (isASCIILetter(text[j]) || isDigit(text[j]) || strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", text[j]) >= 0) {
		j++
	}
	if j == i+1 || j >= e || text[j] != '@' {
		return 0
	}
	j++
	start := j
	for j < e && (isASCIILetter(text[j]) || isDigit(text[j]) || text[j] == '-' || text[j] == '.') {
		j++
	}
	if j == start || j >= e || text[j] != '>' || text[start] == '.' || text[j-1] == '.' || text[j-1] == '-' {
		return 0
	}
	return j + 1 - i
}

// htmlTagLength returns the length of inline HTML at text[i:e] that shows
// no text: an open or closing tag, a processing instruction <?…?>, a
// declaration <!X…> or a CDATA section; 0 when there is none.
func htmlTagLength(text string, i, e int, c *closers) int {
	rest := text[i:e]
	var closer string
	switch {
	case strings.HasPrefix(rest, "</"):
		return closingTagLength(text, i, e)
	case strings.HasPrefix(rest, "<?"):
		closer = "?>"
	case strings.HasPrefix(rest, "<![CDATA["):
		closer = "]]>"
	case strings.HasPrefix(rest, "<!") && len(rest) > 2 && isASCIILetter(rest[2]):
		closer = ">"
	default:
		return openTagLength(text, i, min(e, i+maxTagLength))
	}
	if k := c.index(i+2, closer); k >= 0 {
		return k + len(closer) - i
	}
	return 0
}

// closingTagLength recognises </name>, with spaces before the >.
func closingTagLength(text string, i, e int) int {
	j := i + 2
	if j >= e || !isASCIILetter(text[j]) {
		return 0
	}
	j = tagNameEnd(text, j, e)
	j, _ = skipSpaces(text, j, e, 0)
	if j < e && text[j] == '>' {
		return j + 1 - i
	}
	return 0
}

// openTagLength recognises <name attr="v" attr='v' attr=v attr />.
func openTagLength(text string, i, e int) int {
	j := i + 1
	if j >= e || !isASCIILetter(text[j]) {
		return 0
	}
	j = tagNameEnd(text, j, e)
	for {
		k := skipHTMLSpace(text, j, e)
		switch {
		case k < e && text[k] == '>':
			return k + 1 - i
		case k+1 < e && text[k] == '/' && text[k+1] == '>':
			return k + 2 - i
		case k == j || k >= e || !isAttrNameStart(text[k]):
			return 0 // attributes must be separated by space
		}
		j = attrEnd(text, k, e)
		if j < 0 {
			return 0
		}
	}
}

// attrEnd returns the end of the attribute starting at text[k], or -1.
func attrEnd(text string, k, e int) int {
	for k < e && (isAttrNameStart(text[k]) || isDigit(text[k]) || text[k] == '.' || text[k] == '-') {
		k++
	}
	v := skipHTMLSpace(text, k, e)
	if v >= e || text[v] != '=' {
		return k
	}
	v = skipHTMLSpace(text, v+1, e)
	if v >= e {
		return -1
	}
	switch q := text[v]; q {
	case '"', '\'':
		end := strings.IndexByte(text[v+1:e], q)
		if end < 0 {
			return -1
		}
		return v + 1 + end + 1
	default:
		start := v
		for v < e && strings.IndexByte(" \t\n\"'=<>`", text[v]) < 0 {
			v++
		}
		if v == start {
			return -1
		}
		return v
	}
}

func tagNameEnd(text string, j, e int) int {
	for j < e && (isASCIILetter(text[j]) || isDigit(text[j]) || text[j] == '-') {
		j++
	}
	return j
}

func skipHTMLSpace(text string, j, e int) int {
	for j < e && strings.IndexByte(" \t\n\r\f", text[j]) >= 0 {
		j++
	}
	return j
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isAttrNameStart(c byte) bool { return isASCIILetter(c) || c == '_' || c == ':' }
