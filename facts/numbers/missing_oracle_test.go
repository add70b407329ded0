package numbers

import (
	"strings"
	"testing"

	"github.com/gwlint/gwlint/segment"
)

// frameCueBySearch is frameCue as first written: each cue in list order
// searched for in its frame.
func frameCueBySearch(v *gapVocab, s string, i int, words *gapWords) (gapCue, bool) {
	clause := afterLastMark(s[:i], gapClauseMarks)
	sentence := afterLastMark(s[:i], gapSentenceMarks)
	for _, cue := range v.cues {
		from := clause
		switch cue.scope {
		case "sentence":
			from = sentence
		case "clause":
		default:
			continue
		}
		for off := from; off < i; {
			k := strings.Index(s[off:i], cue.word)
			if k < 0 {
				break
			}
			start := off + k
			if words.boundary(start) && words.boundary(start+len(cue.word)) {
				return cue, true
			}
			off = start + 1
		}
	}
	return gapCue{}, false
}

// TestFrameCueAgreesWithSearch compares frameCue with the search at every
// character of the clean corpus and of sentences dense in cues, with and
// without word boundaries.
func TestFrameCueAgreesWithSearch(t *testing.T) {
	v := loadGapVocab(numbersTestEnv(t))
	texts := []string{
		numbersBenchSection,
		"据统计，全年共有媒体宣传次，报刊发稿篇，累计走访户，分别为元、元，合计元。",
		"今年共计组织活动场；其中总共参加人次，共有人获奖。共有共有共计合计",
	}
	for _, doc := range numbersCleanDocs(t) {
		for _, p := range doc.Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	for _, s := range texts {
		segmented := newGapWords(s, segment.WordEnds(s))
		for i := range len(s) + 1 {
			for _, words := range []*gapWords{gapEveryRune, segmented} {
				got, gotOK := v.frameCue(s, i, words)
				want, wantOK := frameCueBySearch(v, s, i, words)
				if got != want || gotOK != wantOK {
					t.Fatalf("%q at %d: frameCue = %+v, %v; the search gives %+v, %v", s, i, got, gotOK, want, wantOK)
				}
			}
		}
	}
}
