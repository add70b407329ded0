package artifact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

// Pages saved from 范文 sites repeat text: the title again under the
// breadcrumb, a listing snippet cut off with ... before the full paragraph,
// a paragraph pasted twice. Paragraphs are compared by a normal form that
// ignores script (traditional or simplified), punctuation, spaces and
// letter case, so a copy with 、 for ， or half-width commas still matches.
// A hash map finds exact repeats and each snippet ending in an ellipsis is
// compared with the few paragraphs after it, so the fact is linear in the
// text. Rules decide which copies matter (length, role).

func init() { facts.Register("duplicates", extractDuplicates) }

// Duplicate is a paragraph that copies another one.
type Duplicate struct {
	// Paragraph is the copy a rule should report: the later one of two
	// equal paragraphs, or the cut-off snippet.
	Paragraph int `json:"paragraph"`
	// Of is the paragraph it copies, and OfLine the 1-based line where
	// that paragraph starts, for the message.
	Of     int `json:"of"`
	OfLine int `json:"of_line"`
	// Role and OfRole are the roles of the two paragraphs (body, heading,
	// title, …), so a rule can tell a repeated heading from a repeated
	// passage without looking both paragraphs up.
	Role   parser.Role `json:"role"`
	OfRole parser.Role `json:"of_role"`
	// Kind is "repeat" (the same text again) or "truncated" (the start of
	// the other paragraph followed by an ellipsis).
	Kind string `json:"kind"`
	// Runes is the length of the copy's normal form.
	Runes int `json:"runes"`
	// Text is the start of the copy, for the message.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

const (
	// truncatedMinRunes is the shortest snippet compared with what follows.
	truncatedMinRunes = 10
	// truncatedLookahead is how many paragraphs after a snippet may hold
	// its full text.
	truncatedLookahead  = 3
	duplicateQuoteRunes = 20
)

// snippetEllipses end a snippet cut from a longer text.
var snippetEllipses = []string{"...", "…", "。。。", "．．．"}

func extractDuplicates(doc *parser.Document, env *facts.Env) any {
	norms := make([]string, len(doc.Paragraphs))
	for i, p := range doc.Paragraphs {
		norms[i] = duplicateNormalForm(env.SimplifiedText(p))
	}
	out := []Duplicate{}
	first := make(map[string]int, len(doc.Paragraphs))
	for i, p := range doc.Paragraphs {
		if norms[i] == "" {
			continue
		}
		if j, seen := first[norms[i]]; seen {
			out = append(out, newDuplicate(p, doc.Paragraphs[j], "repeat", norms[i]))
		} else {
			first[norms[i]] = i
		}
		if j, ok := fullTextOf(doc, norms, i, env); ok {
			out = append(out, newDuplicate(p, doc.Paragraphs[j], "truncated", norms[i]))
		}
	}
	return out
}

// fullTextOf finds, for a paragraph i that ends in an ellipsis, a paragraph
// shortly after it that starts with the same text.
func fullTextOf(doc *parser.Document, norms []string, i int, env *facts.Env) (int, bool) {
	cut, ok := cutAtEllipsis(env.SimplifiedText(doc.Paragraphs[i]))
	if !ok {
		return 0, false
	}
	prefix := duplicateNormalForm(cut)
	if utf8.RuneCountInString(prefix) < truncatedMinRunes {
		return 0, false
	}
	for j := i + 1; j < len(norms) && j <= i+truncatedLookahead; j++ {
		if len(norms[j]) > len(prefix) && strings.HasPrefix(norms[j], prefix) {
			return j, true
		}
	}
	return 0, false
}

// cutAtEllipsis returns text without a final ellipsis, and whether it had
// one.
func cutAtEllipsis(text string) (string, bool) {
	text = strings.TrimRightFunc(text, unicode.IsSpace)
	for _, e := range snippetEllipses {
		if strings.HasSuffix(text, e) {
			return strings.TrimRight(text, ".…。．"), true
		}
	}
	return "", false
}

func newDuplicate(p, of *parser.Paragraph, kind, norm string) Duplicate {
	return Duplicate{
		Paragraph: p.Index,
		Of:        of.Index,
		OfLine:    of.Span.Start.Line,
		Role:      p.Role,
		OfRole:    of.Role,
		Kind:      kind,
		Runes:     utf8.RuneCountInString(norm),
		Text:      shorten(strings.TrimSpace(p.Text), duplicateQuoteRunes),
		Start:     p.Span.Start.Offset,
		End:       p.Span.End.Offset,
	}
}

// duplicateNormalForm keeps the letters and digits of text, lower-cased.
// Han characters, digits and lower-case letters, most of the text, are
// kept as they are written, so runs of them are copied whole; only the
// characters dropped or changed are handled one by one.
func duplicateNormalForm(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	kept := 0 // text[kept:i] is copied unchanged, not yet written
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r >= 0x4E00 && r <= 0x9FFF || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' {
			i += size
			continue
		}
		b.WriteString(text[kept:i])
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r < utf8.RuneSelf:
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
		i += size
		kept = i
	}
	b.WriteString(text[kept:])
	return b.String()
}
