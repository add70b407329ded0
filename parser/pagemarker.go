package parser

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/parser/source"
)

// Page numbers left in text copied out of a PDF come in two shapes.
//
// A whole line that is only a page number (— 2 —, - 2 -, 第2页 共5页,
// Page 2 of 5, 2/5, or a bare 2 between lines of text) is easy: it is
// recognized by its shape alone.
//
// The text layer of some 范文 sites puts each page on one line that starts
// with the page number and 、, so the numbers look like headings:
//
//	1、县总工会半年工作总结…在实施“十
//	2、一五”规划、构建和谐社会中…
//
// Such a run is told from a real 1、2、3、 list by three things together:
// the numbers go up by one from line to line, the lines are page-long
// (list items and headings are short), and the text after most numbers
// continues the previous line in mid-sentence (the previous line ends
// without a sentence mark, or the new one starts with a mark such as ，
// or 、). Lines of a numbered list end with 。 or are headings: short.

// minPageRun is the fewest lines a run of numbered page lines must have.
const minPageRun = 2

// minPageRunes is the median length a run's lines must reach: a PDF page
// holds several hundred characters, a list item rarely more than a hundred.
const minPageRunes = 150

// pageLinePattern matches a line that is only a page number.
var pageLinePattern = regexp.MustCompile(`^(?:` +
	`[-—–－~～]+\s*\d+\s*[-—–－~～]+` + // — 2 —, -2-
	`|第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?` + // 第2页, 第2页 共5页
	`|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页` + // 共5页 第2页
	`|(?i:page)\s*\d+(?:\s*(?:(?i:of)|/)\s*\d+)?` + // Page 2 of 5
	`|\d+\s*/\s*\d+` + // 2/5
	`|\d{1,4}` + // 2
	`)$`)

// isPageLine reports whether a unit's whole text is a page number.
func isPageLine(u *unit) bool {
	return u.kind == source.Line && strings.ContainsRune(pageLineStarts, firstRune(u.text)) &&
		strings.ContainsRune(pageLineEnds, lastRune(u.text)) && pageLinePattern.MatchString(u.text)
}

// pageLineStarts and pageLineEnds are the characters a match of
// pageLinePattern starts and ends with. Testing them first spares the
// regular expression, whose backtracker clears a bitmap as long as the
// line, on nearly every line: 5% of the parser's time went there.
const (
	pageLineStarts = "-—–－~～第共Pp0123456789"
	pageLineEnds   = "-—–－~～页0123456789"
)

// numberedLine is a line that starts with a number and 、 (or a dot).
type numberedLine struct {
	unit   int
	number int
	length int // bytes of the number and its mark
}

// findPageMarkers marks page-number lines and cuts page numbers off the
// start of page lines, recording them on the units (pageLine, pageMarker)
// so that the title pass can still turn a page number before the title
// into preamble.
func findPageMarkers(units []*unit, src string) {
	for i, u := range units {
		if isPageLine(u) {
			u.pageLine = true
			if i+1 < len(units) {
				units[i+1].pageBefore = true
			}
		}
	}
	for _, run := range numberedRuns(units) {
		if !looksLikePages(units, run) {
			continue
		}
		for _, nl := range run {
			u := units[nl.unit]
			start, end := u.cutPrefix(nl.length, src)
			u.pageMarker = [2]int{start, end}
			u.pageBefore = nl.unit > 0
			// A page that held nothing but its number makes no paragraph.
			u.pageLine = u.text == ""
			if u.pageLine && nl.unit+1 < len(units) {
				units[nl.unit+1].pageBefore = true
			}
		}
	}
}

// pageMarkerSpans lists the page markers left after the title pass, in
// document order.
func pageMarkerSpans(units []*unit, lines *LineIndex) []Span {
	spans := []Span{}
	for _, u := range units {
		switch {
		case u.pageMarker[1] > u.pageMarker[0]:
			spans = append(spans, lines.Span(u.pageMarker[0], u.pageMarker[1]))
		case u.pageLine:
			spans = append(spans, lines.Span(u.start(), u.end()))
		}
	}
	return spans
}

// numberedRuns finds maximal runs of adjacent lines whose leading numbers
// go up by one.
func numberedRuns(units []*unit) [][]numberedLine {
	var runs [][]numberedLine
	var run []numberedLine
	for i, u := range units {
		nl, ok := leadingNumber(u)
		if ok {
			nl.unit = i
		}
		switch {
		case ok && len(run) > 0 && run[len(run)-1].unit == i-1 && run[len(run)-1].number+1 == nl.number:
			run = append(run, nl)
		default:
			if len(run) >= minPageRun {
				runs = append(runs, run)
			}
			run = nil
			if ok {
				run = []numberedLine{nl}
			}
		}
	}
	if len(run) >= minPageRun {
		runs = append(runs, run)
	}
	return runs
}

// leadingNumber reads N、 or N. at the start of a plain-text line.
func leadingNumber(u *unit) (numberedLine, bool) {
	if u.kind != source.Line {
		return numberedLine{}, false
	}
	n, size, ok := arabicOrdinal(u.text)
	if !ok {
		return numberedLine{}, false
	}
	sep, ssize := utf8.DecodeRuneInString(u.text[size:])
	if sep != '、' && sep != '.' && sep != '．' {
		return numberedLine{}, false
	}
	if isDigit(firstRune(u.text[size+ssize:])) {
		return numberedLine{}, false // 1.5万元
	}
	return numberedLine{number: n, length: size + ssize}, true
}

// looksLikePages applies the length and continuation tests to a run.
func looksLikePages(units []*unit, run []numberedLine) bool {
	lengths := make([]int, len(run))
	for i, nl := range run {
		lengths[i] = runeCount(units[nl.unit].text)
	}
	sort.Ints(lengths)
	if lengths[len(lengths)/2] < minPageRunes {
		return false
	}
	continued := 0
	for _, nl := range run[1:] {
		prev, cur := units[nl.unit-1], units[nl.unit]
		after := strings.TrimLeftFunc(cur.text[nl.length:], isSpace)
		if !endsSentence(prev.text) || isPause(firstRune(after)) {
			continued++
		}
	}
	return 2*continued >= len(run)-1
}
