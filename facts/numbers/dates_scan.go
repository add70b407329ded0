package numbers

import (
	"strings"
	"unicode/utf8"
)

// datePattern has no literal prefix, so Go's regexp tries it at every
// character of a paragraph; on long documents that was most of the cost of
// the date extractor. dateMatches runs it only from places where a date
// can start, with the same results as FindAllStringSubmatchIndex:
//
//   - a 月 date (2024年5月12日, 农历正月初八) holds exactly one 月, and
//     everything before that 月 is a character of dateBeforeMonth, so
//     the date starts no earlier than where a run of such characters
//     ending at the first 月 begins;
//   - an ISO date (2024-05-12) starts with four ASCII digits, 19xx or
//     20xx, right before a separator.
//
// No match can start before the nearer of those two places, and the
// pattern looks at nothing before its start, so searching from there
// finds the same next match as searching from the end of the last one.

// dateBeforeMonth are the characters a 月 date may hold before its 月.
var dateBeforeMonth = newRuneSet("0123456789０１２３４５６７８９〇○零一二三四五六七八九十廿卅", " 年", "正腊冬", "农阴夏历")

// dateMatches returns datePattern.FindAllStringSubmatchIndex(s, -1).
func dateMatches(s string) [][]int {
	var out [][]int
	starts := dateStarts{s: s}
	for pos := 0; pos < len(s); {
		from, ok := starts.next(pos)
		if !ok {
			break
		}
		m := datePattern.FindStringSubmatchIndex(s[from:])
		if m == nil {
			break
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += from
			}
		}
		out = append(out, m)
		pos = m[1] // the pattern cannot match the empty string
	}
	return out
}

// dateStarts finds where date matches may start, for a scan that asks with
// increasing positions. The next ISO start (2024-01-02) is remembered until
// the scan passes it: searching the rest of the paragraph again for every
// date made a paragraph with many dates and no ISO separator quadratic.
type dateStarts struct {
	s string
	// iso is the next ISO start at or after the last search (isoFound),
	// searched from isoFrom; with isoFound false there is none from there.
	iso, isoFrom int
	isoFound     bool
	searched     bool
}

// next returns the earliest offset at or after pos where a match may
// start, or false when none can.
func (d *dateStarts) next(pos int) (int, bool) {
	if !d.searched || (d.isoFound && d.iso < pos) || (!d.isoFound && pos < d.isoFrom) {
		d.iso, d.isoFound = dateISOStart(d.s, pos)
		d.isoFrom, d.searched = pos, true
	}
	start, ok := -1, false
	if k := strings.Index(d.s[pos:], "月"); k >= 0 {
		start, ok = dateRunStart(d.s, pos, pos+k), true
	}
	if d.isoFound && (!ok || d.iso < start) {
		start, ok = d.iso, true
	}
	return start, ok
}

// dateRunStart walks back from byte i, not past pos, over characters of
// dateBeforeMonth.
func dateRunStart(s string, pos, i int) int {
	for i > pos {
		r, size := utf8.DecodeLastRuneInString(s[pos:i])
		if !dateBeforeMonth.has(r) {
			break
		}
		i -= size
	}
	return i
}

// dateISOStart returns the first offset at or after pos holding 19xx or
// 20xx followed by one of the ISO separators -./.
func dateISOStart(s string, pos int) (int, bool) {
	for j := pos; ; j++ {
		k := strings.IndexAny(s[j:], "-./")
		if k < 0 {
			return 0, false
		}
		j += k
		if q := j - 4; q >= pos && (s[q:q+2] == "19" || s[q:q+2] == "20") && isASCIIDigit(s[q+2]) && isASCIIDigit(s[q+3]) {
			return q, true
		}
	}
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
