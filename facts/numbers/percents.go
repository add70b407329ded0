package numbers

import (
	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

func init() { facts.Register("percents", extractPercents) }

// Percent is a percentage written in the text (95%, 98.5％, 百分之九十五)
// with the words before it, so that rules can tell a share (入会率达98%,
// 占职工总数的45%), which cannot exceed 100%, from a growth or completion
// rate (同比增长120%, 完成年度计划的115%), which can. Go does not classify:
// the word lists are data (numbers.percent in rules/data/numbers.yaml); Go
// only reports which of their words the subject holds.
type Percent struct {
	// Text is the percentage as written, markers included (约95%, 98%以上).
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Paragraph is the index of the paragraph holding it.
	Paragraph int `json:"paragraph"`
	// Value is the number before the % sign (95 for 95%).
	Value float64 `json:"value"`
	// Subject is the text of the clause before the percentage, at most
	// percentSubjectRunes characters (职工对工会活动的满意率达到).
	Subject string `json:"subject"`
	// Approx lists approximation markers (约, 以上), as in Number.
	Approx []string `json:"approx"`
	// ShareWord is the share word (numbers.percent.share_words) nearest to
	// the percentage in Subject: the one whose last occurrence ends latest,
	// the longer one on a tie. Empty when Subject holds none.
	ShareWord string `json:"share_word"`
	// GrowthCue is a growth cue (numbers.percent.growth_cues) that Subject
	// holds, the first in list order, or empty.
	GrowthCue string `json:"growth_cue"`
}

// percentSubjectRunes bounds Subject: the word that makes a share
// (满意率, 占…的) stands close to its number.
const percentSubjectRunes = 24

// percentClauseMarks end the clause whose words describe a percentage. 、
// is not among them, so 入会率、覆盖率分别达到98%、99% keeps its subject for
// the first number.
const percentClauseMarks = "，。；：！？,;:!?"

// percentCues are what a paragraph with a percentage holds.
var percentCues = newWordIndex([]string{"%", "％", "百分之"})

func extractPercents(doc *parser.Document, env *facts.Env) any {
	var out []Percent
	var words *percentWords // read from the data once a percentage is found
	for _, p := range doc.Paragraphs {
		if p.Role == parser.RolePreamble {
			continue
		}
		norm := env.SimplifiedText(p)
		if !percentCues.containedIn(norm) {
			continue
		}
		for _, n := range paragraphNumbers(p, norm) {
			if n.Base != "%" {
				continue
			}
			if words == nil {
				w := newPercentWords(env)
				words = &w
			}
			clause := norm[afterLastMark(norm[:n.paraStart], percentClauseMarks):n.paraStart]
			subject := facts.RunesBefore(clause, len(clause), percentSubjectRunes)
			out = append(out, Percent{
				Text: n.Text, Start: n.Start, End: n.End, Paragraph: p.Index, Value: n.Value,
				Subject: subject, Approx: n.Approx,
				ShareWord: words.nearestShare(subject), GrowthCue: words.growthCue(subject),
			})
		}
	}
	return out
}
