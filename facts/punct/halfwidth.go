package punct

import (
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

func init() { facts.Register("halfwidth_punct", extractHalfwidthPunct) }

// HalfwidthPunct is input.facts.halfwidth_punct: the ASCII marks typed in
// Chinese text, which GB/T 15834 writes full-width, and how many
// full-width marks the document uses, so a rule can tell a document typed
// with a half-width keyboard from one that mixes both.
type HalfwidthPunct struct {
	// Marks are the half-width marks in Chinese text, in document order.
	Marks []HalfwidthMark `json:"marks"`
	// Fullwidth counts the full-width forms ，；：（）！？ outside preamble
	// lines.
	Fullwidth int `json:"fullwidth"`
}

// HalfwidthMark is one ASCII , ; : ( ) ! or ? in Chinese text.
type HalfwidthMark struct {
	// Start and End cover the mark and the spaces typed around it, which
	// full-width punctuation makes redundant (半年来, 我县 → 半年来，我县).
	Start int `json:"start"`
	End   int `json:"end"`
	// Mark is the ASCII mark, Text the covered text as written.
	Mark string `json:"mark"`
	Text string `json:"text"`
	// Replacement is the full-width form that replaces Text.
	Replacement string `json:"replacement"`
	// Before and After are a few characters of context for messages.
	Before string `json:"before"`
	After  string `json:"after"`
	// Paragraph is the index of the paragraph holding the mark.
	Paragraph int `json:"paragraph"`
}

// fullwidthForm maps the ASCII marks gwlint converts to their full-width
// forms, "" for every other byte. It is an array rather than a map because
// every byte of every paragraph is looked up.
var fullwidthForm = [256]string{
	',': "，", ';': "；", ':': "：", '(': "（", ')': "）", '!': "！", '?': "？",
}

// halfwidthMarks are the keys of fullwidthForm, for a quick first test.
const halfwidthMarks = ",;:()!?"

// halfwidthContextRunes is how much context Before and After carry.
const halfwidthContextRunes = 6

func extractHalfwidthPunct(doc *parser.Document, _ *facts.Env) any {
	out := HalfwidthPunct{Marks: []HalfwidthMark{}}
	for _, p := range doc.Paragraphs {
		if p.Role == parser.RolePreamble {
			continue
		}
		out.Fullwidth += countFullwidthMarks(p.Text)
		out.Marks = append(out.Marks, halfwidthMarksIn(p)...)
	}
	return out
}

// countFullwidthMarks counts the full-width counterparts of the converted
// ASCII marks. All of them are U+FF01–U+FF1F, written EF BC xx in UTF-8,
// so the count jumps from one 0xEF byte to the next instead of decoding
// every character; a lead byte always starts a character, so the count is
// the same as a rune-by-rune one, on any input.
func countFullwidthMarks(text string) int {
	n := 0
	for i := 0; i < len(text); i++ {
		k := strings.IndexByte(text[i:], 0xEF)
		if k < 0 {
			break
		}
		i += k
		r, _ := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '，', '；', '：', '（', '）', '！', '？':
			n++
		}
	}
	return n
}

// halfwidthMarksIn finds the ASCII marks of p that sit in Chinese text:
// the nearest telling neighbour on either side is Chinese. Marks in web
// addresses, e-mail addresses and code spans are skipped; so are marks
// between Latin letters or digits (Hello, world; 8:30; 1,200). An ASCII
// parenthesis pair is converted as a whole when either half qualifies.
func halfwidthMarksIn(p *parser.Paragraph) []HalfwidthMark {
	text := p.Text
	if !strings.ContainsAny(text, halfwidthMarks) {
		return nil // most paragraphs: no need to look for protected text
	}
	protected := protectedRanges(text)
	var positions []int
	for i := 0; i < len(text); i++ {
		if fullwidthForm[text[i]] != "" && !protected.contains(i) {
			positions = append(positions, i)
		}
	}
	if len(positions) == 0 {
		return nil
	}
	// chinese[k] says whether the mark at positions[k] is converted.
	chinese := make([]bool, len(positions))
	for k, i := range positions {
		chinese[k] = neighbourIsChinese(text, i)
	}
	for _, pair := range asciiParenPairs(text, positions) {
		if chinese[pair.open] || chinese[pair.close] {
			chinese[pair.open], chinese[pair.close] = true, true
		}
	}
	var marks []HalfwidthMark
	claimed := 0 // spaces up to here belong to an earlier mark
	for k, i := range positions {
		if !chinese[k] {
			continue
		}
		start, end := spacesAround(p, i, claimed)
		claimed = end
		span := facts.Span(p, start, end)
		marks = append(marks, HalfwidthMark{
			Start: span.Start, End: span.End,
			Mark: text[i : i+1], Text: text[start:end], Replacement: fullwidthForm[text[i]],
			Before:    strings.TrimSpace(facts.RunesBefore(text, start, halfwidthContextRunes)),
			After:     strings.TrimSpace(facts.RunesAfter(text, end, halfwidthContextRunes)),
			Paragraph: p.Index,
		})
	}
	return marks
}

// maxNeutralRun bounds the neighbour scan, so a run of thousands of spaces
// or marks costs a constant per mark: beyond it, the side tells nothing.
const maxNeutralRun = 16

// neighbourIsChinese reports whether the first telling character on either
// side of the mark at i is Chinese. On the left a Chinese mark counts (the
// comma in 目标”, 我们); on the right only a Han character does, since an
// English aside may end just before a Chinese full stop: the parentheses
// of 主题是 a first program (for beginners)。 belong to the English.
func neighbourIsChinese(text string, i int) bool {
	for j, n := i, 0; j > 0 && n < maxNeutralRun; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !isNeutralForContext(r) {
			if isCJKContext(r) {
				return true
			}
			break
		}
		j -= size
	}
	for j, n := i+1, 0; j < len(text) && n < maxNeutralRun; n++ {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isNeutralForContext(r) {
			return isHanCharacter(r)
		}
		j += size
	}
	return false
}

// parenPair is a matched pair of ASCII parentheses, as indexes into the
// positions of halfwidthMarksIn.
type parenPair struct{ open, close int }

// asciiParenPairs matches the ASCII parentheses among positions, innermost
// first.
func asciiParenPairs(text string, positions []int) []parenPair {
	var pairs []parenPair
	var stack []int
	for k, i := range positions {
		switch text[i] {
		case '(':
			stack = append(stack, k)
		case ')':
			if n := len(stack); n > 0 {
				pairs = append(pairs, parenPair{open: stack[n-1], close: k})
				stack = stack[:n-1]
			}
		}
	}
	return pairs
}

// spacesAround extends the one-byte mark at i over the ASCII spaces typed
// next to it, but never before claimed (spaces already given to the
// previous mark), never to a paragraph edge (indentation stays), and never
// across a joined line break, so the fix replaces only what it shows.
func spacesAround(p *parser.Paragraph, i, claimed int) (int, int) {
	text := p.Text
	start, end := i, i+1
	s := start
	for s > claimed && isLayoutSpace(text[s-1]) {
		s--
	}
	if s > 0 && s < start && contiguous(p, s, end) {
		start = s
	}
	e := end
	for e < len(text) && isLayoutSpace(text[e]) {
		e++
	}
	if e < len(text) && e > end && contiguous(p, start, e) {
		end = e
	}
	return start, end
}

// contiguous reports whether p.Text[start:end] is one unbroken stretch of
// the source, so replacing its source span touches nothing else.
func contiguous(p *parser.Paragraph, start, end int) bool {
	s := facts.Span(p, start, end)
	return s.End-s.Start == end-start
}
