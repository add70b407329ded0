package scriptmix

import (
	"unicode/utf8"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/script"
)

func init() { facts.Register("script_mix", extractScriptMix) }

// ScriptMix is input.facts.script_mix: which script the document is
// written in and the characters of the other one. A simplified report with
// 會議 pasted in, or a traditional one with 会议 typed into it, reads as
// careless; one typed throughout in either script is fine.
type ScriptMix struct {
	// Majority is traditional or simplified when that script has a
	// script.MajorityPercent majority of the script-specific characters,
	// "" when the text is too short to tell or genuinely mixed.
	Majority string `json:"majority"`
	// Han, Traditional and Simplified count the Han characters and those
	// specific to each script, outside preamble lines.
	Han         int `json:"han"`
	Traditional int `json:"traditional"`
	Simplified  int `json:"simplified"`
	// Minority lists the runs of characters of the other script, when
	// Majority is decided.
	Minority []ScriptRun `json:"minority"`
}

// ScriptRun is a run of adjacent characters of the minority script.
type ScriptRun struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Replacement is the run in the majority script, "" when a character
	// has several forms there and the document does not show which one
	// it uses.
	Replacement string `json:"replacement"`
	// Certain is set when every character has exactly one form in the
	// majority script, so Replacement is always right.
	Certain bool `json:"certain"`
	// Choices lists, for a run that is not Certain, the forms of each
	// character in the majority script ("發/髮"), for the message.
	Choices []string `json:"choices"`
	// Before and After are a few characters of context for messages.
	Before string `json:"before"`
	After  string `json:"after"`
	// Paragraph is the index of the paragraph holding the run.
	Paragraph int `json:"paragraph"`
}

// scriptContextRunes is how much context Before and After carry.
const scriptContextRunes = 6

func extractScriptMix(doc *parser.Document, _ *facts.Env) any {
	var counts script.Counts
	var paras []*parser.Paragraph
	var paraCounts []script.Counts // by position in paras
	used := map[rune]bool{}        // traditional-only characters in the document
	for _, p := range doc.Paragraphs {
		if p.Role == parser.RolePreamble {
			continue
		}
		c := tallyParagraph(p.Text, used)
		counts = counts.Add(c)
		paras = append(paras, p)
		paraCounts = append(paraCounts, c)
	}
	out := ScriptMix{
		Majority: script.Majority(counts), Han: counts.Han,
		Traditional: counts.TraditionalOnly, Simplified: counts.SimplifiedOnly,
		Minority: []ScriptRun{},
	}
	var minority script.Class
	switch out.Majority {
	case script.Simplified:
		minority = script.TraditionalOnly
	case script.Traditional:
		minority = script.SimplifiedOnly
	default:
		return out
	}
	for i, p := range paras {
		// Every script-specific character is a Han character, so the
		// paragraph's tally says whether it holds any of the minority
		// script: most hold none and need no second scan.
		if minorityCount(paraCounts[i], minority) > 0 {
			out.Minority = append(out.Minority, minorityRuns(p, minority, used)...)
		}
	}
	return out
}

// minorityCount is how many characters of class c a tally counts.
func minorityCount(counts script.Counts, c script.Class) int {
	if c == script.TraditionalOnly {
		return counts.TraditionalOnly
	}
	return counts.SimplifiedOnly
}

// minorityRuns finds the runs of adjacent characters of class c in p.
// used holds the traditional-only characters of the document, which decide
// between variant forms.
func minorityRuns(p *parser.Paragraph, c script.Class, used map[rune]bool) []ScriptRun {
	var runs []ScriptRun
	text := p.Text
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if scriptClass(r) != c {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r2, size2 := utf8.DecodeRuneInString(text[j:])
			if scriptClass(r2) != c {
				break
			}
			j += size2
		}
		runs = append(runs, newScriptRun(p, i, j, c, used))
		i = j
	}
	return runs
}

func newScriptRun(p *parser.Paragraph, start, end int, c script.Class, used map[rune]bool) ScriptRun {
	text := p.Text[start:end]
	span := facts.Span(p, start, end)
	run := ScriptRun{
		Start: span.Start, End: span.End, Text: text, Choices: []string{},
		Before:    facts.RunesBefore(p.Text, start, scriptContextRunes),
		After:     facts.RunesAfter(p.Text, end, scriptContextRunes),
		Paragraph: p.Index,
	}
	if c == script.TraditionalOnly {
		// Traditional folds onto simplified one way: always certain,
		// except for the few forms outside the BMP that ToSimplified keeps.
		if simp := script.ToSimplified(text); simp != text {
			run.Replacement, run.Certain = simp, true
		}
		return run
	}
	conv := toTraditional(text, used)
	run.Replacement, run.Certain = conv.text, conv.certain
	if conv.choices != nil {
		run.Choices = conv.choices
	}
	return run
}
