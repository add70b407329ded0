package numbers

import (
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

func init() { facts.Register("missing_numbers", extractMissingNumbers) }

// MissingNumber is a unit or measure word whose number is missing: a
// counting context demands a figure and none is written (共支出元整,
// 两年共完成组建家, 处理率达%). Templates and anonymised copies lose their
// figures this way, and a report that says 共支出元整 cannot be filed.
type MissingNumber struct {
	// Text is what the finding shows: the cue word through the unit
	// (支出元整, 挑选了家), or the word before the unit when the cue is
	// further back (发稿篇).
	Text string `json:"text"`
	// Start and End are byte offsets of Text in the document.
	Start int `json:"start"`
	End   int `json:"end"`
	// Paragraph is the index of the paragraph holding it.
	Paragraph int `json:"paragraph"`
	// Unit is the unit left without a number (元整, 家, %).
	Unit string `json:"unit"`
	// UnitStart is the document offset of the unit: the number belongs
	// just before it.
	UnitStart int `json:"unit_start"`
	// Cue is the word that demands the number (支出, 共有, 今年的); "" for
	// a unit that never stands alone and had no cue before it.
	Cue string `json:"cue"`
	// Signal says how it was recognised:
	//   always     a unit that never stands without a number (达%, 万多元)
	//   after-cue  the unit right after a cue word (挑选了家企业)
	//   in-frame   the unit closes a clause inside the counting frame a
	//              cue opened (共有媒体宣传次，报刊发稿篇，)
	//   month      月份 with no number after a time frame or at the start
	//              of a sentence (今年的月份)
	//   year       年 with no number after a preposition (在年的基础上)
	Signal string `json:"signal"`
}

func extractMissingNumbers(doc *parser.Document, env *facts.Env) any {
	v := loadGapVocab(env)
	var out []MissingNumber
	if len(v.units) == 0 && v.monthUnit == "" {
		return out
	}
	for _, p := range doc.Paragraphs {
		if p.Role == parser.RolePreamble {
			continue
		}
		for _, g := range paragraphGaps(env.SimplifiedText(p), func() []int { return env.WordEndsOf(p) }, v) {
			span := facts.Span(p, g.start, g.end)
			unitStart, _ := p.Map.Source(g.unitStart, g.unitStart)
			out = append(out, MissingNumber{
				Text: p.Text[g.start:g.end], Start: span.Start, End: span.End, Paragraph: p.Index,
				Unit: p.Text[g.unitStart:g.end], UnitStart: unitStart, Cue: g.cue, Signal: g.signal,
			})
		}
	}
	return out
}

// gap is a missing number found in a paragraph (paragraph offsets).
type gap struct {
	start, unitStart, end int
	cue, signal           string
}

// gapCandidate is a unit with no number in front of it, before deciding
// whether its context demands one.
type gapCandidate struct {
	unit       gapUnit
	start, end int
	month      bool // 月份
	year       bool // 年 followed by a year tail (的, 以来)
}

// paragraphGaps finds the missing numbers of one paragraph's simplified
// text; wordEnds segments it, called only when a candidate needs it.
func paragraphGaps(s string, wordEnds func() []int, v *gapVocab) []gap {
	// Segmenting is the costly part, so first drop the candidates whose
	// context could not demand a number even if every character were a
	// word of its own (the real word boundaries only ever reject more),
	// and those inside a not_gaps word, which needs no boundaries at all.
	var cands []gapCandidate
	for _, c := range gapCandidates(s, v) {
		if _, ok := classifyGap(s, c, v, gapEveryRune); ok && !v.overlapsNotGap(s, c.start, c.end) {
			cands = append(cands, c)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	words := newGapWords(s, wordEnds())
	var out []gap
	for _, c := range cands {
		if !words.boundary(c.start) || !words.boundary(c.end) || v.countWordBefore(s, c.start, words) {
			continue
		}
		if g, ok := classifyGap(s, c, v, words); ok {
			out = append(out, g)
		}
	}
	return out
}

// gapCandidates lists the units of s that have no number before them.
func gapCandidates(s string, v *gapVocab) []gapCandidate {
	var out []gapCandidate
	for i := 0; ; {
		// Most characters start neither a unit, nor 年, nor 月份.
		if i, _, _ = v.candidateStarts.next(s, i); i >= len(s) {
			break
		}
		if v.monthUnit != "" && strings.HasPrefix(s[i:], v.monthUnit) {
			if !digitBefore(s, i) {
				out = append(out, gapCandidate{start: i, end: i + len(v.monthUnit), month: true})
			}
			i += len(v.monthUnit)
			continue
		}
		if strings.HasPrefix(s[i:], "年") {
			if tail := numberPrefixOf(s[i+len("年"):], v.yearTails); tail != "" && !digitBefore(s, i) {
				out = append(out, gapCandidate{start: i, end: i + len("年"), year: true})
			}
		}
		if u, ok := v.unitAt(s, i); ok {
			if !digitBefore(s, i) {
				out = append(out, gapCandidate{unit: u, start: i, end: i + len(u.text)})
			}
			i += len(u.text)
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return out
}

// classifyGap decides whether the context of a bare unit demands a number.
func classifyGap(s string, c gapCandidate, v *gapVocab, words *gapWords) (gap, bool) {
	g := gap{unitStart: c.start, end: c.end}
	switch {
	case c.month:
		if w := suffixWord(s, c.start, v.monthFrames, words); w != "" {
			g.start, g.cue, g.signal = c.start-len(w), w, "month"
			return g, true
		}
		if atSentenceStart(s, c.start) && numberPrefixOf(s[c.end:], v.monthFollowers) != "" {
			g.start, g.signal = c.start, "month"
			return g, true
		}
		return g, false
	case c.year:
		if w := suffixWord(s, c.start, v.yearPreps, words); w != "" {
			g.start, g.cue, g.signal = c.start-len(w), w, "year"
			return g, true
		}
		return g, false
	}
	if cue, start, ok := v.directCue(s, c.start, words); ok {
		if c.unit.direct || c.unit.always {
			g.start, g.cue, g.signal = start, cue.word, "after-cue"
			if c.unit.always {
				g.signal = "always"
			}
			return g, true
		}
	}
	if c.unit.always {
		g.start, g.signal = words.previousWordStart(s, c.start), "always"
		return g, true
	}
	if closesClause(s, c.end) {
		if cue, ok := v.frameCue(s, c.start, words); ok {
			g.start, g.cue, g.signal = words.previousWordStart(s, c.start), cue.word, "in-frame"
			return g, true
		}
	}
	return g, false
}

// directCue finds a cue word ending right before byte i, with an optional
// filler between (挑选了|家). It returns the cue and where it starts.
func (v *gapVocab) directCue(s string, i int, words *gapWords) (gapCue, int, bool) {
	if cue, start, ok := v.cueEndingAt(s, i, words); ok {
		return cue, start, true
	}
	for _, f := range v.fillers {
		if strings.HasSuffix(s[:i], f) && words.boundary(i-len(f)) {
			if cue, start, ok := v.cueEndingAt(s, i-len(f), words); ok {
				return cue, start, true
			}
		}
	}
	return gapCue{}, 0, false
}

// cueEndingAt returns the first cue (in list order) that ends at byte end
// and starts at a word boundary, and where it starts.
func (v *gapVocab) cueEndingAt(s string, end int, words *gapWords) (gapCue, int, bool) {
	for k := range v.cueWords.suffixesOf(s[:end]) {
		cue := v.cues[k]
		if start := end - len(cue.word); words.boundary(start) {
			return cue, start, true
		}
	}
	return gapCue{}, 0, false
}

// frameCue finds a cue whose counting frame reaches byte i: a clause cue
// earlier in the same clause, or a sentence cue earlier in the sentence.
// Of several, it returns the first in list order. It walks the sentence
// once, looking up the cues that start at each character that may start
// one, rather than searching the sentence for each of some eighty cues.
func (v *gapVocab) frameCue(s string, i int, words *gapWords) (gapCue, bool) {
	clause := afterLastMark(s[:i], gapClauseMarks)
	sentence := afterLastMark(s[:i], gapSentenceMarks) // never after clause
	best := -1
	for p := sentence; ; {
		at, _, size := v.cueWords.firsts.next(s[:i], p)
		if at >= i {
			break
		}
		for k := range v.cueWords.prefixesOf(s[at:i]) {
			cue := v.cues[k]
			inFrame := cue.scope == "sentence" || cue.scope == "clause" && at >= clause
			if inFrame && (best < 0 || k < best) && words.boundary(at) && words.boundary(at+len(cue.word)) {
				best = k
			}
		}
		p = at + size
	}
	if best < 0 {
		return gapCue{}, false
	}
	return v.cues[best], true
}

// gapClauseMarks end a clause; gapSentenceMarks end a sentence.
const (
	gapClauseMarks   = "，、,。；;！？!?：:（(）)"
	gapSentenceMarks = "。；;！？!?"
)

// closesClause reports whether a unit ending at byte j closes its clause:
// clause punctuation or the end of the paragraph follows.
func closesClause(s string, j int) bool {
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return strings.ContainsRune(gapClauseMarks, r)
}

// atSentenceStart reports whether byte i starts the paragraph or follows a
// sentence end.
func atSentenceStart(s string, i int) bool {
	i = trimSpacesBefore(s, i)
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return strings.ContainsRune(gapSentenceMarks, r)
}

// suffixWord returns the first of list that ends at byte i and starts at a
// word boundary, or "".
func suffixWord(s string, i int, list []string, words *gapWords) string {
	for _, w := range list {
		if strings.HasSuffix(s[:i], w) && words.boundary(i-len(w)) {
			return w
		}
	}
	return ""
}
