package charset

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// isChinesePunct reports the non-ASCII punctuation and full-width forms
// that Chinese documents use. A wrong legacy decoding turns them into kana,
// box drawing or rare characters, so they count as evidence like frequent
// Han. (A switch, not a unicode.RangeTable: this runs for every character of
// every candidate reading.)
func isChinesePunct(r rune) bool {
	switch {
	case r == 0x00B7, r == 0x00D7: // · ×
		return true
	case r >= 0x2014 && r <= 0x2026: // — ‘ ’ “ ” …
		return true
	case r >= 0x2160 && r <= 0x216B: // Ⅰ–Ⅻ
		return true
	case r >= 0x2460 && r <= 0x2473: // ①–⑳
		return true
	case r >= 0x3000 && r <= 0x3003: // ideographic space 、。〃
		return true
	case r >= 0x3008 && r <= 0x3011: // 〈〉《》「」『』【】
		return true
	case r >= 0x3014 && r <= 0x301F: // 〔〕 and friends
		return true
	case r >= 0xFF01 && r <= 0xFF5E, r == 0xFFE5: // full-width ASCII, ￥
		return true
	}
	return false
}

// isHan reports Han characters, testing the main CJK block before the full
// Unicode table.
func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// evidence tallies how much a decoded text looks like Chinese writing.
type evidence struct {
	chars    int     // characters weighed
	frequent int     // frequent Han characters and Chinese punctuation
	rareHan  int     // other Han characters
	logRanks float64 // sum of log(1+rank) over the frequent Han characters
}

// weigh adds one character. ASCII is the caller's business: it decodes the
// same in every legacy candidate, so legacy scoring skips it.
func (e *evidence) weigh(r rune, ranks *hanRanks) {
	e.chars++
	if rank, ok := ranks.rank(r); ok {
		e.frequent++
		e.logRanks += ranks.logRank[rank]
		return
	}
	switch {
	case isChinesePunct(r):
		e.frequent++
	case isHan(r):
		e.rareHan++
	}
}

// share is the fraction of weighed characters that are frequent Han or
// Chinese punctuation, 0 when nothing was weighed.
func (e evidence) share() float64 {
	if e.chars == 0 {
		return 0
	}
	return float64(e.frequent) / float64(e.chars)
}

// commonness is the negated mean log-rank of the frequent characters: it
// separates two readings that are both made of frequent characters, since a
// wrong reading lands on the less common end of the list (機關轉變 read as
// GB18030 is 诀闽锣跑). Zipf's law makes log-rank the natural scale.
func (e evidence) commonness() float64 {
	if e.frequent == 0 {
		return math.Inf(-1)
	}
	return -e.logRanks / float64(e.frequent)
}

// outweighs reports whether e is stronger evidence than other: a larger
// share of frequent characters; on a tie, more of them (a reading that turns
// more of the bytes into Chinese explains the data better: UTF-16 维权维稳
// read as GB18030 is 魚Cg魚3z, two characters and stray ASCII); then more
// common ones.
func (e evidence) outweighs(other evidence) bool {
	if s, o := e.share(), other.share(); s != o {
		return s > o
	}
	if e.frequent != other.frequent {
		return e.frequent > other.frequent
	}
	return e.commonness() > other.commonness()
}

// weighText weighs a candidate decoding. It skips ordinary ASCII, which
// reads the same in every candidate except UTF-16, and weighs every other
// character: a U+FFFD and a stray control character count against a reading
// like any other implausible character. Stray controls matter because
// UTF-16 of Han text is full of bytes below 0x20 (我 U+6211 is 11 62 in
// little-endian), which the other readings turn into controls.
func weighText(text string) evidence {
	frequent := frequentHan()
	var e evidence
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if isStrayControl(rune(c)) {
				e.chars++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		e.weigh(r, frequent)
		i += size
	}
	return e
}

// isStrayControl reports ASCII control characters other than the whitespace
// text files use (tab, line feed, vertical tab, form feed, carriage return).
func isStrayControl(r rune) bool {
	return (r < 0x20 && (r < '\t' || r > '\r')) || r == 0x7F
}
