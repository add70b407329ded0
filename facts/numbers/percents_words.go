package numbers

import (
	"strings"
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
)

// percentWords are the word lists of data.gwlint.numbers.percent that
// describe what a percentage measures. Go only finds the words in the
// subject; whether a share word makes 120% wrong is
// number/percent-over-100's decision. Finding them here saves the rule a
// search of every word in every subject (about 60 string searches per
// percentage, each an OPA builtin call that allocates).
type percentWords struct {
	shares []string // share_words: 入会率, 覆盖率, 占…
	growth []string // growth_cues: 增长, 同比, 完成…
}

func newPercentWords(env *facts.Env) percentWords {
	sec := numbersData(env, "percent")
	return percentWords{shares: numbersStrings(sec, "share_words"), growth: numbersStrings(sec, "growth_cues")}
}

// nearestShare is the share word nearest to the end of subject: the word
// whose last occurrence ends latest, the longer one on a tie (合同签订率
// over 签订率), or "" when subject holds none. Positions count characters,
// as the rule did when it ranked the words itself.
func (w percentWords) nearestShare(subject string) string {
	best, bestEnd, bestLen := "", -1, -1
	for _, word := range w.shares {
		i := strings.LastIndex(subject, word)
		if i < 0 {
			continue
		}
		n := utf8.RuneCountInString(word)
		end := utf8.RuneCountInString(subject[:i]) + n
		if end > bestEnd || (end == bestEnd && (n > bestLen || (n == bestLen && word > best))) {
			best, bestEnd, bestLen = word, end, n
		}
	}
	return best
}

// growthCue is the first growth cue of the list found in subject, or "".
func (w percentWords) growthCue(subject string) string {
	for _, cue := range w.growth {
		if strings.Contains(subject, cue) {
			return cue
		}
	}
	return ""
}
