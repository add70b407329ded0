package suppress

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Parse finds directives in comments. text is the document text the
// offsets refer to; it is needed to find "the next line". Comments that do
// not start with "gwlint-" are not directives and are skipped; malformed
// directives (unknown verb, no rule, an enable with nothing to close, an
// ignore outside a Word comment) are returned as problems and dropped.
// Directives without a reason are returned: Apply reports them.
func Parse(text string, comments []Comment) ([]*Directive, []Problem) {
	sorted := clampComments(text, comments)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	lines := newLineFinder(text, sorted)
	open := openDisables{}

	var dirs []*Directive
	var problems []Problem
	for _, c := range sorted {
		d, err := parseComment(c)
		if err != nil {
			problems = append(problems, Problem{Rule: RuleInvalid, Message: err.Error(), Start: c.Start, End: c.End})
			continue
		}
		if d == nil {
			continue
		}
		if err := place(d, c, lines, open); err != nil {
			problems = append(problems, Problem{Rule: RuleInvalid, Message: err.Error(), Start: c.Start, End: c.End})
			continue
		}
		dirs = append(dirs, d)
	}
	return dirs, problems
}

// place sets the range a directive covers.
func place(d *Directive, c Comment, lines *lineFinder, open openDisables) error {
	switch d.Kind {
	case DisableNextLine:
		d.From, d.To = lines.nextLine(c.End)
	case Disable:
		d.From, d.To = c.End, lines.textLen
		open.push(d, lines.textLen)
	case Enable:
		d.From, d.To = c.Start, c.End
		return open.close(d.Rules, c.Start)
	case Ignore:
		if c.AnchorStart < 0 {
			return fmt.Errorf("%s works only in a Word comment; in Markdown or HTML use %s", Ignore, DisableNextLine)
		}
		d.From, d.To = c.AnchorStart, c.AnchorEnd
	}
	return nil
}

// parseComment reads one comment. It returns nil, nil for a comment that is
// not a directive.
func parseComment(c Comment) (*Directive, error) {
	body := strings.TrimSpace(c.Text)
	body = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(body, "<!--"), "-->"))
	if len(body) < len("gwlint-") || !strings.EqualFold(body[:len("gwlint-")], "gwlint-") {
		return nil, nil
	}
	verb, rest := cutWord(body)
	kind, ok := kindOf(verb)
	if !ok {
		return nil, fmt.Errorf("unknown directive %q (want %s)", verb, strings.Join(verbs[:], ", "))
	}
	rules, reason, err := splitRulesAndReason(rest)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", kind, err)
	}
	if len(rules) == 0 {
		return nil, fmt.Errorf("%s names no rule (want a rule id, category/* or all)", kind)
	}
	d := &Directive{Kind: kind, Rules: rules, Start: c.Start, End: c.End}
	if kind != Enable {
		d.Reason = reason
	}
	return d, nil
}

// splitRulesAndReason splits what follows the verb into the rule list and
// the reason. The reason starts after a dash separator ("--", or the "–"
// and "—" Word's autocorrect turns it into) or, failing that, at the first
// word that is not a rule pattern, which is how Word comments are written:
// "gwlint-ignore wording/typo 原文引用".
func splitRulesAndReason(rest string) (rules []string, reason string, err error) {
	seen := map[string]bool{}
	s := rest
	for {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			return rules, "", nil
		}
		word, after := cutWord(s)
		if isDashes(word) {
			return rules, strings.TrimSpace(after), nil
		}
		patterns, ok := splitRuleList(word)
		if !ok {
			if len(rules) == 0 {
				return nil, "", fmt.Errorf("%q is not a rule id (want category/name, category/* or all)", word)
			}
			return rules, strings.TrimSpace(s), nil
		}
		for _, p := range patterns {
			if !seen[p] {
				seen[p] = true
				rules = append(rules, p)
			}
		}
		s = after
	}
}

// splitRuleList splits "a/b,c/*" (ASCII or full-width commas) and reports
// whether every part is a rule pattern.
func splitRuleList(word string) ([]string, bool) {
	parts := strings.FieldsFunc(word, func(r rune) bool { return r == ',' || r == '，' })
	for _, p := range parts {
		if !isRulePattern(p) {
			return nil, false
		}
	}
	return parts, true
}

func isDashes(word string) bool {
	return word != "" && strings.Trim(word, "-–—") == ""
}

// cutWord splits s at its first white space.
func cutWord(s string) (word, rest string) {
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// clampComments copies the comments with every offset forced into the
// text, so malformed positions from a parser cannot cause a panic.
func clampComments(text string, comments []Comment) []Comment {
	clamp := func(v int) int { return min(max(v, 0), len(text)) }
	out := make([]Comment, len(comments))
	for i, c := range comments {
		c.Start = clamp(c.Start)
		c.End = max(clamp(c.End), c.Start)
		if c.AnchorStart >= 0 {
			c.AnchorStart = clamp(c.AnchorStart)
			c.AnchorEnd = max(clamp(c.AnchorEnd), c.AnchorStart)
		}
		out[i] = c
	}
	return out
}
