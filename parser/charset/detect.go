package charset

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// detect picks the encoding of unlabelled data; see the package comment for
// the order and why.
func detect(data []byte) (Result, error) {
	if c := bomCodec(data); c != nil {
		return c.decode(data)
	}
	if firstNUL := bytes.IndexByte(data, 0); firstNUL >= 0 {
		// Only UTF-16 text has zero bytes; anything else is binary.
		if c, ok := sniffUTF16(data, true); ok {
			return c.decode(data)
		}
		return Result{}, binaryAt("", firstNUL)
	}
	if ValidUTF8(data) {
		return detectValidUTF8(data), nil
	}
	cands := make([]candidate, 0, 3)
	for _, c := range []xtextCodec{gb18030Codec, big5Codec} {
		d, err := c.decodeLenient(data)
		if err != nil {
			return Result{}, err
		}
		cands = append(cands, candidate{name: c.name, decoding: d, score: weighText(d.text)})
	}
	if c, ok := utf16Candidate(data); ok {
		cands = append(cands, c)
	}
	cands = append(cands, brokenUTF8Candidate(data))
	best := pick(cands)
	if best.decoding.firstInvalid >= 0 {
		return Result{}, invalidAt(best.name, best.decoding.firstInvalid)
	}
	return Result{Text: best.decoding.text, Encoding: best.name}, nil
}

// detectValidUTF8 keeps valid UTF-8 as UTF-8 unless the UTF-8 reading is
// suspect and the data reads better as BOM-less UTF-16. Han-only UTF-16 is
// valid UTF-8 surprisingly often (3% of four-character snippets of the
// reference documents: 我 U+6211 is 11 62 little-endian, 为高 is 3A 4E D8 9A,
// which UTF-8 reads as ":N" and an Arabic mark).
func detectValidUTF8(data []byte) Result {
	text := string(data)
	if !suspectUTF8Reading(text) {
		return Result{Text: text, Encoding: UTF8}
	}
	cands := []candidate{{
		name:     UTF8,
		decoding: lenientDecoding{text: text, firstInvalid: -1},
		score:    weighText(text),
	}}
	if c, ok := utf16Candidate(data); ok {
		cands = append(cands, c)
	}
	best := pick(cands)
	return Result{Text: best.decoding.text, Encoding: best.name}
}

// suspectUTF8Reading reports UTF-8 text that holds stray control
// characters, or non-ASCII characters none of which is a three-byte one
// (CJK starts at U+0800): no Chinese document looks like that, while every
// Chinese UTF-8 document (and all plain ASCII) is left alone.
func suspectUTF8Reading(text string) bool {
	nonASCII := false
	for _, r := range text {
		switch {
		case r >= 0x800:
			return hasStrayControl(text)
		case r >= utf8.RuneSelf:
			nonASCII = true
		case isStrayControl(r):
			return true
		}
	}
	return nonASCII
}

// candidate is one way of reading data that has no BOM and no NUL bytes.
type candidate struct {
	name     string
	decoding lenientDecoding
	score    evidence
}

// brokenUTF8Candidate is the UTF-8 reading of data that is not valid
// UTF-8, with U+FFFD for the invalid bytes. A UTF-8 file cut off in the
// middle of a character, or with one corrupt byte, reads far better as
// UTF-8 than as GB18030 or Big5; without this reading the error blamed a
// legacy encoding at some early offset instead of naming the broken byte.
// It is listed last, so it wins only on better evidence.
func brokenUTF8Candidate(data []byte) candidate {
	text := strings.ToValidUTF8(string(data), "\uFFFD")
	return candidate{
		name:     UTF8,
		decoding: lenientDecoding{text: text, firstInvalid: firstInValidUTF8(data)},
		score:    weighText(text),
	}
}

// utf16Candidate is the UTF-16 reading of data, if strict sniffing finds
// one and it decodes cleanly.
func utf16Candidate(data []byte) (candidate, bool) {
	c, ok := sniffUTF16(data, false)
	if !ok {
		return candidate{}, false
	}
	res, err := c.decode(data)
	if err != nil {
		return candidate{}, false
	}
	return candidate{
		name:     c.name,
		decoding: lenientDecoding{text: res.Text, firstInvalid: -1},
		score:    weighText(res.Text),
	}, true
}

// pick keeps the reading with the larger share of frequent Han characters
// and Chinese punctuation (then the one whose characters are more common).
// A substituted U+FFFD counts against a reading rather than disqualifying
// it: a GB18030 file with one corrupt byte should be reported as such, not
// decoded cleanly as Big5 garbage. On equal evidence a clean reading wins,
// then the earlier one, so callers list candidates by preference: GB18030,
// the commonest legacy encoding, first.
func pick(cands []candidate) candidate {
	best := cands[0]
	for _, c := range cands[1:] {
		if c.beats(best) {
			best = c
		}
	}
	return best
}

// beats reports whether c is strictly preferable to other.
func (c candidate) beats(other candidate) bool {
	if c.score.outweighs(other.score) {
		return true
	}
	if other.score.outweighs(c.score) {
		return false
	}
	return c.decoding.firstInvalid < 0 && other.decoding.firstInvalid >= 0
}
