package punct

import (
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser"
)

// Paired punctuation: quotation marks, brackets and book-title marks, each
// opening mark closed by its partner in the same paragraph (GB/T 15834).

// pairGroup says which marks may stand in for one another by mistake: a
// bracket closed by the wrong bracket (（…]) is one slip, a quotation
// closed by a bracket is two separate ones.
type pairGroup int

const (
	groupBracket pairGroup = iota
	groupBook
	groupQuote
)

// pairFamily is one kind of pair: its opening and closing marks (ASCII and
// full-width brackets are one family; the halfwidth rule reports width).
type pairFamily struct {
	name      string // for messages: 引号, 括号, 书名号
	open      []rune
	close     []rune
	group     pairGroup
	canonical string // the pair as messages name it, such as “”
}

var pairFamilies = []pairFamily{
	{"括号", []rune{'（', '('}, []rune{'）', ')'}, groupBracket, "（）"},
	{"括号", []rune{'［', '['}, []rune{'］', ']'}, groupBracket, "［］"},
	{"括号", []rune{'【'}, []rune{'】'}, groupBracket, "【】"},
	{"括号", []rune{'〖'}, []rune{'〗'}, groupBracket, "〖〗"},
	{"括号", []rune{'〔'}, []rune{'〕'}, groupBracket, "〔〕"},
	{"书名号", []rune{'《'}, []rune{'》'}, groupBook, "《》"},
	{"书名号", []rune{'〈'}, []rune{'〉'}, groupBook, "〈〉"},
	{"引号", []rune{'“'}, []rune{'”'}, groupQuote, "“”"},
	{"引号", []rune{'‘'}, []rune{'’'}, groupQuote, "‘’"},
	{"引号", []rune{'「'}, []rune{'」'}, groupQuote, "「」"},
	{"引号", []rune{'『'}, []rune{'』'}, groupQuote, "『』"},
}

// pairMark says what a rune is among the paired marks.
type pairMark struct {
	family  int // index into pairFamilies
	opening bool
}

var pairMarks = func() map[rune]pairMark {
	m := map[rune]pairMark{}
	for i, f := range pairFamilies {
		for _, r := range f.open {
			m[r] = pairMark{family: i, opening: true}
		}
		for _, r := range f.close {
			m[r] = pairMark{family: i}
		}
	}
	return m
}()

// pairLeadBytes marks the first UTF-8 byte of every paired mark: ( ) [ ]
// and the lead bytes of the curly quotes, CJK brackets and full-width
// brackets. pairTokens steps over every other byte, among them all those
// of Han characters, without decoding it. A byte in the set is ASCII or a
// lead byte, never the inside of a character, so a character decoded there
// is one a rune-by-rune scan would see.
var pairLeadBytes = func() [256]bool {
	var set [256]bool
	for r := range pairMarks {
		set[string(r)[0]] = true
	}
	return set
}()

// closerOf is the closing mark matching the opening mark r (ASCII for
// ASCII, full-width for full-width).
func closerOf(r rune) rune {
	f := pairFamilies[pairMarks[r].family]
	return counterpart(r, f.open, f.close)
}

// openerOf is the opening mark matching the closing mark r.
func openerOf(r rune) rune {
	f := pairFamilies[pairMarks[r].family]
	return counterpart(r, f.close, f.open)
}

// counterpart is the mark of others at r's position in marks (the first
// of others when r is not there).
func counterpart(r rune, marks, others []rune) rune {
	for i, m := range marks {
		if m == r {
			return others[i]
		}
	}
	return others[0]
}

// pairToken is one paired mark found in a paragraph.
type pairToken struct {
	r      rune
	offset int // byte offset in the paragraph text
	mark   pairMark
	// listMarker is set for a closing bracket that may end a list marker
	// (1） 2) 三）): it closes an open bracket if there is one, and is
	// ignored otherwise.
	listMarker bool
}

// pairTokens lists the paired marks of a paragraph in order, skipping
// those that are not punctuation: marks inside web addresses and code and
// the ) of an emoticon :). Apostrophes and list markers depend on what is
// open, and are left to matchPairs.
func pairTokens(p *parser.Paragraph) []pairToken {
	text := p.Text
	var protected *protectedSpans // found on the first mark: most paragraphs have none
	var out []pairToken
	for i := 0; i < len(text); i++ {
		if !pairLeadBytes[text[i]] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[i:])
		pm, ok := pairMarks[r]
		if !ok {
			continue
		}
		if protected == nil {
			spans := protectedRanges(text)
			protected = &spans
		}
		if protected.contains(i) {
			continue
		}
		if r == ')' && isEmoticonClose(text, i) {
			continue
		}
		list := (r == ')' || r == '）') && isListMarkerClose(text, i)
		out = append(out, pairToken{r: r, offset: i, mark: pm, listMarker: list})
	}
	return out
}

// precededByLatin reports whether the rune before offset i is a Latin
// letter, as before the apostrophe of Workers’.
func precededByLatin(text string, i int) bool {
	if i == 0 {
		return false
	}
	c := text[i-1]
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// isListMarkerClose reports whether the bracket at i ends a list marker such
// as 1) or a) or 三）: one to three digits, letters or Chinese numerals at the
// paragraph start or after a separator, with no opening bracket before
// them.
func isListMarkerClose(text string, i int) bool {
	j, n := i, 0
	for j > 0 && n < 4 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || isChineseDigit(r)) {
			break
		}
		j -= size
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	if j == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:j])
	switch r {
	case ' ', '\t', '，', '。', '；', '：', '、', ',', ';', ':':
		return true
	}
	return false
}

// isEmoticonClose reports whether the ) at i ends :) or :-).
func isEmoticonClose(text string, i int) bool {
	return i > 0 && (text[i-1] == ':' || text[i-1] == ';' || text[i-1] == '-' && i > 1 && text[i-2] == ':')
}

func isChineseDigit(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}
