package artifact

import (
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

// Mojibake is Chinese text decoded with the wrong encoding somewhere on its
// way into the document: GBK read as Latin-1 gives ÔÚÕâ¸öÐÅÏ¢ (在这个信息),
// UTF-8 read as Windows-1252 gives å·¥ä½œæ€»ç»“ (工作总结). Each Chinese
// character becomes two or three characters of the Latin-1 supplement
// (À–ÿ, ¡–¿) or the Windows-1252 extras (œ € “ ™ …). Real text almost never
// has three accented Latin letters in a row without an ASCII letter among
// them (French élève, German Größe break the run), so the test is a
// density test on short runs. The fact also tries to undo the damage: the
// run mapped back to bytes and decoded as UTF-8, GBK or Big5 gives the
// text the writer meant, for the message and the suggestion.

func init() { facts.Register("artifact_mojibake", extractMojibake) }

// Mojibake is the garbled text of one paragraph.
type Mojibake struct {
	Paragraph int `json:"paragraph"`
	// Start and End cover the garbled runs of the paragraph, from the first
	// to the last.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the start of the garbled text, for the message.
	Text string `json:"text"`
	// Letters counts the accented Latin letters (À–ÿ) in the span.
	Letters int `json:"letters"`
	// Decoded is the span re-decoded with Encoding when that gives Chinese
	// text, "" otherwise.
	Decoded  string `json:"decoded"`
	Encoding string `json:"encoding"`
}

const (
	// mojibakeMinLetters is the fewest accented letters a run needs.
	mojibakeMinLetters = 3
	// mojibakeMinRunes is the shortest run that counts.
	mojibakeMinRunes = 4
	// mojibakeMaxGap is how many ASCII digits, blanks and marks may sit
	// between two garbled runs of one stretch (ASCII survives a wrong
	// decoding: ÔÚ2024Äê is 在2024年).
	mojibakeMaxGap = 6
	// mojibakeQuoteRunes bounds the quoted text.
	mojibakeQuoteRunes = 16
	// mojibakeMaxDecodeBytes bounds the text re-decoded for a suggestion.
	mojibakeMaxDecodeBytes = 600
)

func extractMojibake(doc *parser.Document, _ *facts.Env) any {
	out := []Mojibake{}
	for _, p := range doc.Paragraphs {
		runs := mojibakeRuns(p.Text)
		if len(runs) == 0 {
			continue
		}
		start, end := runs[0].start, runs[len(runs)-1].end
		letters := 0
		for _, r := range runs {
			letters += r.letters
		}
		span := facts.Span(p, start, end)
		m := Mojibake{
			Paragraph: p.Index,
			Start:     span.Start,
			End:       span.End,
			Text:      shorten(p.Text[start:end], mojibakeQuoteRunes),
			Letters:   letters,
		}
		if end-start <= mojibakeMaxDecodeBytes {
			m.Decoded, m.Encoding = redecodeMojibake(p.Text[start:end])
		}
		out = append(out, m)
	}
	return out
}

// mojibakeRun is a stretch of garbled characters in a paragraph's text.
type mojibakeRun struct {
	start, end int
	letters    int
	runes      int
}

// mojibakeRuns finds the stretches of garbled text: maximal runs of
// Latin-1 and Windows-1252 characters, merged across short ASCII gaps,
// that hold enough accented letters.
func mojibakeRuns(text string) []mojibakeRun {
	// A run needs accented letters À–ÿ (U+00C0–U+00FF), whose UTF-8 form
	// starts with the byte 0xC3. Almost no paragraph has one, and looking
	// for a byte is much cheaper than decoding every character.
	if strings.IndexByte(text, 0xC3) < 0 {
		return nil
	}
	var out []mojibakeRun
	var cur *mojibakeRun
	gapStart := -1
	flush := func() {
		if cur != nil && cur.letters >= mojibakeMinLetters && cur.runes >= mojibakeMinRunes {
			out = append(out, *cur)
		}
		cur = nil
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isMojibakeRune(r):
			if cur == nil {
				cur = &mojibakeRun{start: i}
			}
			cur.end = i + size
			cur.runes++
			if isLatin1Letter(r) {
				cur.letters++
			}
			gapStart = -1
		case cur != nil && r < utf8.RuneSelf && !isASCIILetter(r) && r != '\n':
			if gapStart < 0 {
				gapStart = i
			}
			if i+size-gapStart > mojibakeMaxGap {
				flush()
				gapStart = -1
			}
		default:
			flush()
			gapStart = -1
		}
		i += size
	}
	flush()
	return out
}

// isLatin1Letter reports the accented letters À–ÿ (not × and ÷).
func isLatin1Letter(r rune) bool {
	return r >= 0xC0 && r <= 0xFF && r != 0xD7 && r != 0xF7
}

// isMojibakeRune reports a character that a byte 0x80–0xFF becomes when
// decoded as Latin-1 or Windows-1252.
func isMojibakeRune(r rune) bool {
	if r >= 0x80 && r <= 0xFF {
		return true
	}
	if r < 0x152 || r > 0x2122 { // outside the range of the extras
		return false
	}
	_, ok := cp1252Extras[r]
	return ok
}

// cp1252Extras maps the characters Windows-1252 puts at 0x80–0x9F back to
// their bytes.
var cp1252Extras = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}
