// Package cnum reads numbers written with Chinese numerals, as they appear
// in administrative documents: heading ordinals (十二、, 第二十一章), counts
// (两个, 三百余人), amounts in financial characters (壹仟贰佰元), years read
// digit by digit (二〇二三年) and full-width digits (１２).
//
// It is a leaf package (standard library only) so that both the section
// tree builder and the facts extractor can use it.
package cnum

import "unicode/utf8"

// maxValue bounds the numbers Parse accepts, far beyond any count in a
// document, so that arithmetic on the result can never overflow.
const maxValue = 1_000_000_000_000_000_000 // 10^18

// maxPrefixTokens bounds the numeral Prefix reads: the longest number
// below maxValue written in full (九千九百九十九万九千九百九十九亿…) has
// fewer tokens.
const maxPrefixTokens = 48

// Parse reads s as one whole number. It accepts Arabic digits (ASCII or
// full-width), Chinese digits 〇零一二三四五六七八九 and 两/兩, financial
// digits 壹贰叁肆伍陆柒捌玖 (and their traditional forms), the units 十拾
// 百佰 千仟 万萬 亿億, 廿 (20), 卅 (30) and 卌 (40), and mixtures such as
// 3万. A run of digits with no unit (二〇二三, 一九) is read place by place.
// It reports false for anything else, including the empty string and a
// bare unit (万).
func Parse(s string) (int, bool) {
	toks, ok := tokenize(s)
	if !ok || len(toks) == 0 {
		return 0, false
	}
	return evaluate(toks)
}

// Prefix reads the longest numeral at the start of s and returns its value
// and its length in bytes. 十二、 gives 12 and 6; 十二五 gives 12 and 6 as
// well, because 五 cannot follow 十二 in a well-formed numeral.
func Prefix(s string) (value, byteLen int, ok bool) {
	// Collect the run of numeral characters (at most maxPrefixTokens: no
	// number is written longer, and a cap keeps a run of ten thousand 一
	// linear), then back off one token at a time until the run parses.
	var endsBuf [maxPrefixTokens]int
	var toksBuf [maxPrefixTokens]token
	ends, toks := endsBuf[:0], toksBuf[:0] // byte offset after each token; the tokens
	for i := 0; i < len(s) && len(toks) < maxPrefixTokens; {
		t, size := nextToken(s[i:])
		if size == 0 {
			break
		}
		toks = append(toks, t)
		i += size
		ends = append(ends, i)
	}
	for n := len(toks); n > 0; n-- {
		if v, ok := evaluate(toks[:n]); ok {
			return v, ends[n-1], true
		}
	}
	return 0, 0, false
}

// tokenKind says what a numeral character contributes.
type tokenKind int

const (
	digitToken   tokenKind = iota // a single digit 0–9, or a run of Arabic digits
	unitToken                     // 十 百 千: multiplies the pending digit
	bigUnitToken                  // 万 亿: closes a group of four places
	tensToken                     // 廿 卅 卌: a fixed number of tens
)

type token struct {
	kind  tokenKind
	value int
	// arabic marks a run of Arabic digits (12 in 12万), whose value is
	// already complete and may exceed 9.
	arabic bool
}

func tokenize(s string) ([]token, bool) {
	var toks []token
	for i := 0; i < len(s); {
		t, size := nextToken(s[i:])
		if size == 0 {
			return nil, false
		}
		toks = append(toks, t)
		i += size
	}
	return toks, true
}

// nextToken reads one numeral token at the start of s; size 0 means s does
// not start with one.
func nextToken(s string) (token, int) {
	if v, n := arabicRun(s); n > 0 {
		return token{kind: digitToken, value: v, arabic: true}, n
	}
	r, size := utf8.DecodeRuneInString(s)
	if d, ok := chineseDigits[r]; ok {
		return token{kind: digitToken, value: d}, size
	}
	switch r {
	case '十', '拾':
		return token{kind: unitToken, value: 10}, size
	case '百', '佰':
		return token{kind: unitToken, value: 100}, size
	case '千', '仟':
		return token{kind: unitToken, value: 1000}, size
	case '万', '萬':
		return token{kind: bigUnitToken, value: 10_000}, size
	case '亿', '億':
		return token{kind: bigUnitToken, value: 100_000_000}, size
	case '廿':
		return token{kind: tensToken, value: 20}, size
	case '卅':
		return token{kind: tensToken, value: 30}, size
	case '卌':
		return token{kind: tensToken, value: 40}, size
	}
	return token{}, 0
}

// chineseDigits maps every single-character digit form to its value.
var chineseDigits = map[rune]int{
	'〇': 0, '零': 0, '○': 0, 'Ｏ': 0,
	'一': 1, '壹': 1, '弌': 1,
	'二': 2, '贰': 2, '貳': 2, '两': 2, '兩': 2, '弍': 2,
	'三': 3, '叁': 3, '參': 3, '叄': 3, '弎': 3,
	'四': 4, '肆': 4,
	'五': 5, '伍': 5,
	'六': 6, '陆': 6, '陸': 6,
	'七': 7, '柒': 7,
	'八': 8, '捌': 8,
	'九': 9, '玖': 9,
}

// arabicRun reads ASCII or full-width digits (at most 18, to stay within
// maxValue) and returns their value and byte length.
func arabicRun(s string) (int, int) {
	v, n, digits := 0, 0, 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		var d int
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r >= '０' && r <= '９':
			d = int(r - '０')
		default:
			return v, n
		}
		if digits == 18 {
			return v, n
		}
		v = v*10 + d
		n += size
		digits++
	}
	return v, n
}

// noDigit marks that no digit is waiting for its unit.
const noDigit = -1

// evaluate computes the value of a token sequence, or reports false when
// the sequence is not a well-formed numeral.
func evaluate(toks []token) (int, bool) {
	if !hasUnit(toks) {
		return placeByPlace(toks)
	}
	var (
		total    int // finished 亿 groups
		group    int // the 万 part of the current 亿 group
		section  int // the part below 万
		pending  = noDigit
		zero     bool // pending is a 零 that only fills a place
		lastUnit int  // last 十/百/千 used in section; units must decrease
		wanSeen  bool // 万 already closed a part of this 亿 group
		sawValue bool // a digit, 十 or 廿 was read: a bare 万 is no number
	)
	for i, t := range toks {
		switch t.kind {
		case digitToken:
			if pending != noDigit && !zero {
				return 0, false // two digits in a row: 三五, 十二五
			}
			if t.arabic && (section != 0 || lastUnit != 0) {
				return 0, false // Arabic digits only start a group: 3万, not 三千5
			}
			pending, zero, sawValue = t.value, t.value == 0 && !t.arabic, true
		case unitToken:
			if lastUnit != 0 && t.value >= lastUnit {
				return 0, false // units must decrease: 一百十 is fine, 一十百 is not
			}
			m := pending
			switch {
			case m == noDigit && t.value == 10 && section == 0:
				m = 1 // a leading 十 means 一十: 十二 = 12
			case m == noDigit || zero:
				return 0, false
			}
			section += m * t.value
			pending, zero, lastUnit, sawValue = noDigit, false, t.value, true
		case tensToken:
			if section != 0 || pending != noDigit || lastUnit != 0 {
				return 0, false // 廿 and 卅 start a number: 廿一
			}
			section, lastUnit, sawValue = t.value, 10, true
		case bigUnitToken:
			val := section + max(pending, 0)
			if t.value == 100_000_000 {
				val += group // 一万亿: the 万 part is counted in 亿
			}
			if val == 0 || i == 0 {
				return 0, false
			}
			if t.value == 10_000 {
				if wanSeen || val > maxValue/t.value {
					return 0, false
				}
				group, wanSeen = val*t.value, true
			} else {
				if total+val > maxValue/t.value {
					return 0, false
				}
				total, group, wanSeen = (total+val)*t.value, 0, false
			}
			section, pending, zero, lastUnit = 0, noDigit, false, 0
		}
	}
	if !sawValue {
		return 0, false
	}
	v := total + group + section + max(pending, 0)
	if v > maxValue {
		return 0, false
	}
	return v, true
}

func hasUnit(toks []token) bool {
	for _, t := range toks {
		if t.kind != digitToken {
			return true
		}
	}
	return false
}

// placeByPlace reads digits without units as written place by place, the
// way years are written: 二〇二三 is 2023. Two digits alone are read so only
// with a zero (二〇); otherwise they are an approximation (三五成群), not a
// number. A single Arabic run is its own value; Arabic runs do not mix with
// Chinese digits.
func placeByPlace(toks []token) (int, bool) {
	if len(toks) == 1 {
		return toks[0].value, true
	}
	if len(toks) == 2 && toks[0].value != 0 && toks[1].value != 0 {
		return 0, false
	}
	v := 0
	for _, t := range toks {
		if t.arabic || v > maxValue/10 {
			return 0, false
		}
		v = v*10 + t.value
	}
	return v, true
}
