package charset

import (
	"unicode/utf16"
	"unicode/utf8"
)

// Thresholds on utf16Codec.plausibility. Data with NUL bytes is UTF-16 or binary,
// so a majority of plausible characters is enough. Data without NUL bytes
// can only be UTF-16 if it holds no ASCII at all (every ASCII character has a
// zero byte in UTF-16), and it competes with GB18030 and Big5, whose bytes
// pair up into Hangul, Yi, private-use and rare Han code units; there all but
// the odd rare character must be plausible (three frequent Han and one rare
// one, ⅞, passes).
const (
	lenientUTF16 = 0.5
	strictUTF16  = 0.85
)

// sniffUTF16 guesses whether BOM-less data is UTF-16 and in which byte
// order, by reading it both ways and keeping the reading that looks more like
// a Chinese document. lenient selects the threshold (see above). Strict
// sniffing also demands well-formed UTF-16 of even length.
func sniffUTF16(data []byte, lenient bool) (utf16Codec, bool) {
	units := data
	if lenient {
		units = data[:len(data)&^1] // a dangling odd byte is the decoder's error to report
	} else if len(data)%2 != 0 {
		return utf16Codec{}, false
	}
	if len(units) == 0 {
		return utf16Codec{}, false
	}
	threshold := strictUTF16
	if lenient {
		threshold = lenientUTF16
	}
	best, bestScore := utf16LE, -1.0
	for _, c := range []utf16Codec{utf16LE, utf16BE} {
		score, wellFormed := c.plausibility(units, threshold)
		if !wellFormed && !lenient {
			continue
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best, bestScore >= threshold
}

// plausibility reads units (even length) in c's byte order and returns the
// average weight of its characters: 1 for printable ASCII, whitespace,
// Chinese punctuation and frequent Han; ½ for other Han; 0 for anything else,
// unpaired surrogates included. wellFormed is false if any surrogate is
// unpaired. Once the score is sure to end below threshold it stops early
// and returns 0, so legacy text costs a few code units, not a full pass.
func (c utf16Codec) plausibility(units []byte, threshold float64) (score float64, wellFormed bool) {
	frequent := frequentHan()
	// Characters never outnumber code units, so losing more than this much
	// weight puts the average below threshold whatever follows.
	maxLoss := (1 - threshold) * float64(len(units)/2)
	var e evidence
	ascii := 0
	wellFormed = true
	for i := 0; i < len(units); i += 2 {
		r := rune(c.order.Uint16(units[i:]))
		if utf16.IsSurrogate(r) {
			if r = c.pairAt(units, i); r == '\uFFFD' {
				wellFormed = false
			} else {
				i += 2
			}
		}
		if isPlainASCII(r) {
			ascii++
		}
		e.weigh(r, frequent)
		if loss := float64(e.chars-e.frequent-ascii) - float64(e.rareHan)/2; loss > maxLoss {
			return 0, wellFormed
		}
	}
	weight := float64(e.frequent+ascii) + float64(e.rareHan)/2
	return weight / float64(e.chars), wellFormed
}

// isPlainASCII reports printable ASCII and the whitespace text files use.
func isPlainASCII(r rune) bool {
	return r < utf8.RuneSelf && !isStrayControl(r)
}
