package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/gwlint/gwlint/finding"
)

const (
	// rulesDocURL is where a rule without its own HelpURI is documented;
	// docs/rules.md has one heading per rule id.
	rulesDocURL = "https://github.com/gwlint/gwlint/blob/main/docs/rules.md"
	// maxFullDescription is GitHub code scanning's limit on
	// fullDescription.text; longer texts are rejected on upload.
	maxFullDescription = 1000
)

// HelpURI returns the documentation address of r: its own HelpURI, else
// the heading for its id in docs/rules.md.
func HelpURI(r finding.Rule) string {
	if r.HelpURI != "" {
		return r.HelpURI
	}
	return rulesDocURL + "#" + headingAnchor(r.ID)
}

// headingAnchor computes the anchor GitHub gives a Markdown heading: lower
// case, punctuation other than "-" and "_" dropped, spaces turned into
// hyphens. "placeholder/unfilled-year" becomes "placeholderunfilled-year".
func headingAnchor(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(heading)) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// camelName turns a rule name such as "unfilled-year" into the
// "UnfilledYear" form SARIF viewers expect in reportingDescriptor.name.
func camelName(name string) string {
	var b strings.Builder
	for _, word := range strings.FieldsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		first, size := utf8.DecodeRuneInString(word)
		b.WriteRune(unicode.ToUpper(first))
		b.WriteString(word[size:])
	}
	if b.Len() == 0 {
		return "Rule"
	}
	return b.String()
}

// ruleName is r.Name, or the part of the id after the category.
func ruleName(r finding.Rule) string {
	if r.Name != "" {
		return r.Name
	}
	return r.ID[strings.LastIndex(r.ID, "/")+1:]
}

// ruleCategory is r.Category, or the part of the id before the name.
func ruleCategory(r finding.Rule) string {
	if r.Category != "" {
		return r.Category
	}
	category, _, _ := strings.Cut(r.ID, "/")
	return category
}

// sarifLevel maps a severity to SARIF's level enum.
func sarifLevel(s finding.Severity) string {
	switch s {
	case finding.SeverityError:
		return "error"
	case finding.SeverityWarning:
		return "warning"
	case finding.SeverityInfo:
		return "note"
	default:
		return "none"
	}
}

// ruleDescriptor describes r for tool.driver.rules. Every text GitHub
// marks as required is filled, falling back to the title or id, because a
// null shortDescription fails the schema.
func ruleDescriptor(r finding.Rule) *sarif.ReportingDescriptor {
	short := firstNonEmpty(r.Title, r.ID)
	full := truncateRunes(firstNonEmpty(r.Description, short), maxFullDescription)
	d := sarif.NewRule(r.ID).
		WithName(camelName(ruleName(r))).
		WithShortDescription(sarif.NewMultiformatMessageString(short)).
		WithFullDescription(sarif.NewMultiformatMessageString(full)).
		WithHelpURI(HelpURI(r)).
		WithHelp(sarif.NewMultiformatMessageString(helpText(r)).WithMarkdown(helpMarkdown(r))).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(r.Severity)))
	if category := ruleCategory(r); category != "" {
		d.WithProperties(sarif.Properties{"tags": []string{category}})
	}
	return d
}

// helpText is the plain-text help: title, rationale and examples.
func helpText(r finding.Rule) string {
	var b strings.Builder
	b.WriteString(firstNonEmpty(r.Title, r.ID))
	if r.Description != "" {
		b.WriteString("\n\n" + r.Description)
	}
	writeExamples := func(label string, examples []finding.Example) {
		if len(examples) == 0 {
			return
		}
		b.WriteString("\n\n" + label + ":")
		for _, e := range examples {
			b.WriteString("\n  " + e.Text)
			if e.Note != "" {
				b.WriteString("  (" + e.Note + ")")
			}
		}
	}
	writeExamples("Bad", r.Bad)
	writeExamples("Good", r.Good)
	return b.String()
}

// helpMarkdown is the Markdown help shown by SARIF viewers, with examples
// in fenced blocks long enough not to be closed by the example text.
func helpMarkdown(r finding.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**", firstNonEmpty(r.Title, r.ID))
	if r.Description != "" {
		b.WriteString("\n\n" + r.Description)
	}
	writeExamples := func(label string, examples []finding.Example) {
		for _, e := range examples {
			fence := codeFence(e.Text)
			fmt.Fprintf(&b, "\n\n%s", label)
			if e.Note != "" {
				fmt.Fprintf(&b, " (%s)", e.Note)
			}
			fmt.Fprintf(&b, ":\n\n%stext\n%s\n%s", fence, e.Text, fence)
		}
	}
	writeExamples("Bad", r.Bad)
	writeExamples("Good", r.Good)
	return b.String()
}

// codeFence returns a backtick fence longer than any backtick run in text.
func codeFence(text string) string {
	longest, run := 0, 0
	for _, r := range text {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return strings.Repeat("`", max(3, longest+1))
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

// truncateRunes cuts s to at most limit runes, marking the cut with "…".
func truncateRunes(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	runes := []rune(s)
	return string(runes[:limit-1]) + "…"
}
