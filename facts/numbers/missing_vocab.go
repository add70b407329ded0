package numbers

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// gapVocab is the word classes number/missing-value works from, read from
// data.gwlint.numbers.missing_value (see rules/data/numbers.yaml for what
// each class means).
type gapVocab struct {
	units       []gapUnit // longest first
	cues        []gapCue  // longest first
	fillers     []string
	countWords  []string
	monthUnit   string
	monthFrames []string
	// monthFollowers may follow 月份 at a sentence start when it is a
	// time adverbial (月份还…, 月份起…), as opposed to a noun (月份考核).
	monthFollowers []string
	yearPreps      []string
	yearTails      []string
	notGaps        []string

	// unitFirsts and unitsByFirst index units by their first character:
	// gapCandidates asks at every character of a paragraph whether a unit
	// starts there, and only a few characters start one.
	unitFirsts   *runeSet
	unitsByFirst map[rune][]gapUnit // longest first
	// candidateStarts holds the first characters of units, 年 and 月份,
	// for gapCandidates to skip to.
	candidateStarts *runeSet
	// cueWords indexes the words of cues (same order): directCue asks at
	// every candidate unit which cue ends before it.
	cueWords *wordIndex
}

// gapUnit is a unit or measure word that needs a number in front of it.
type gapUnit struct {
	text string
	// direct: the unit may follow a cue word directly (挑选了|家).
	direct bool
	// always: the unit never stands without a number (处理率达%).
	always bool
}

// gapCue is a word that demands a number after it.
type gapCue struct {
	word string
	// scope is how far the counting frame the cue opens reaches: "clause",
	// "sentence" or "none" (the cue only counts right before a unit).
	scope string
}

// newGapVocab builds the vocabulary from data.gwlint.numbers.missing_value
// (d may be nil: an empty vocabulary).
func newGapVocab(d map[string]any) *gapVocab {
	v := &gapVocab{
		fillers:        numbersStrings(d, "fillers"),
		countWords:     numbersStrings(d, "count_words"),
		monthUnit:      numbersString(d, "month_unit"),
		monthFrames:    numbersStrings(d, "month_frames"),
		monthFollowers: numbersStrings(d, "month_sentence_followers"),
		yearPreps:      numbersStrings(d, "year_prepositions"),
		yearTails:      numbersStrings(d, "year_tails"),
		notGaps:        numbersStrings(d, "not_gaps"),
	}
	for _, e := range numbersEntries(d, "units") {
		if u := numbersString(e, "unit"); u != "" {
			v.units = append(v.units, gapUnit{text: u, direct: numbersBool(e, "direct"), always: numbersBool(e, "always")})
		}
	}
	for _, e := range numbersEntries(d, "cues") {
		if w := numbersString(e, "word"); w != "" {
			v.cues = append(v.cues, gapCue{word: w, scope: numbersString(e, "scope")})
		}
	}
	sort.SliceStable(v.units, func(i, j int) bool { return len(v.units[i].text) > len(v.units[j].text) })
	sort.SliceStable(v.cues, func(i, j int) bool { return len(v.cues[i].word) > len(v.cues[j].word) })
	cueWords := make([]string, len(v.cues))
	for i, c := range v.cues {
		cueWords[i] = c.word
	}
	v.cueWords = newWordIndex(cueWords)
	v.unitFirsts, v.unitsByFirst = newRuneSet(), map[rune][]gapUnit{}
	for _, u := range v.units {
		r, _ := utf8.DecodeRuneInString(u.text)
		v.unitFirsts.add(r)
		v.unitsByFirst[r] = append(v.unitsByFirst[r], u)
	}
	v.candidateStarts = newRuneSet()
	for _, w := range append([]string{"年", v.monthUnit}, unitTexts(v.units)...) {
		if w != "" {
			r, _ := utf8.DecodeRuneInString(w)
			v.candidateStarts.add(r)
		}
	}
	return v
}

func unitTexts(units []gapUnit) []string {
	out := make([]string, len(units))
	for i, u := range units {
		out[i] = u.text
	}
	return out
}

// mayStartUnit reports whether a unit may start with r.
func (v *gapVocab) mayStartUnit(r rune) bool {
	return v.unitFirsts.has(r)
}

// unitAt returns the longest unit starting at byte i of s.
func (v *gapVocab) unitAt(s string, i int) (gapUnit, bool) {
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !v.mayStartUnit(r) {
		return gapUnit{}, false
	}
	for _, u := range v.unitsByFirst[r] {
		if strings.HasPrefix(s[i:], u.text) {
			return u, true
		}
	}
	return gapUnit{}, false
}

// digitBefore reports whether a numeral, or something standing for one,
// ends just before byte i, so a unit at i is not bare: Arabic or Chinese
// digits and units (12人, 二十名, 三千余人), a Latin letter (%d, 5G), a
// template mask (××个, **人, which placeholder/unfilled reports) or a
// replacement character from a decoding error.
func digitBefore(s string, i int) bool {
	i = trimSpacesBefore(s, i)
	if i == 0 {
		return false
	}
	if c := s[i-1]; c < 0x80 {
		return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '*' || c == '_'
	}
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if strings.ContainsRune("余多来几", r) && i > size {
		// 十余场, 30多人: an approximation after a numeral.
		return digitBefore(s, i-size)
	}
	return r >= '０' && r <= '９' || strings.ContainsRune(gapNumeralChars, r)
}

// gapNumeralChars are the characters of Chinese numerals and of template
// masks that may stand right before a unit.
const gapNumeralChars = "〇零一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟×Ｘｘ＊＿□○\uFFFD"

// countWordBefore reports whether a count word (几, 多, 每, 各, a Chinese
// digit …) ends just before byte i as a word of its own: 多场 and 每人 are
// counted, but in 参加人数人 the 数 belongs to 人数 and counts nothing.
func (v *gapVocab) countWordBefore(s string, i int, words *gapWords) bool {
	i = trimSpacesBefore(s, i)
	for _, w := range v.countWords {
		if strings.HasSuffix(s[:i], w) && words.boundary(i-len(w)) {
			return true
		}
	}
	return false
}

// overlapsNotGap reports whether one of the not_gaps words overlaps the
// unit at [i, j) and reaches outside it (困难户 over 户); a word inside the
// unit (多元 in 万多元) does not count.
func (v *gapVocab) overlapsNotGap(s string, i, j int) bool {
	for _, w := range v.notGaps {
		lo := max(0, i-len(w)+1)
		hi := min(len(s), j+len(w)-1)
		window := s[lo:hi]
		for off := 0; ; {
			k := strings.Index(window[off:], w)
			if k < 0 {
				break
			}
			start := lo + off + k
			end := start + len(w)
			if start < j && end > i && (start < i || end > j) {
				return true
			}
			off += k + 1
		}
	}
	return false
}
