// Package suppress reads inline suppression directives from document
// comments and drops the findings they cover.
//
// Directives are modeled on staticcheck's //lint:ignore: each names the
// rules it silences and must give a reason, and a directive that silences
// nothing is itself reported, so stale suppressions do not pile up in
// documents that are revised year after year.
//
//	<!-- gwlint-disable-next-line wording/typo -- 原文引用，保持原样 -->
//	<!-- gwlint-disable placeholder/* -- 模板示例段落 -->  …  <!-- gwlint-enable placeholder/* -->
//	Word comment (批注): gwlint-ignore format/date 历史文件日期格式
package suppress

import "strings"

// Kind is what a directive does.
type Kind int

const (
	// DisableNextLine covers the next non-blank line after the comment.
	DisableNextLine Kind = iota
	// Disable covers from the comment to the matching Enable or the end.
	Disable
	// Enable closes a Disable for the same rule.
	Enable
	// Ignore covers the span a Word comment is anchored to.
	Ignore
)

// verbs are the words that start each kind of directive.
var verbs = [...]string{
	DisableNextLine: "gwlint-disable-next-line",
	Disable:         "gwlint-disable",
	Enable:          "gwlint-enable",
	Ignore:          "gwlint-ignore",
}

// String is the directive's verb as written in documents.
func (k Kind) String() string {
	if k < 0 || int(k) >= len(verbs) {
		return "gwlint-unknown"
	}
	return verbs[k]
}

// kindOf returns the kind a verb starts, matching case-insensitively
// because Word capitalizes the first letter of a comment.
func kindOf(verb string) (Kind, bool) {
	for k, v := range verbs {
		if strings.EqualFold(v, verb) {
			return Kind(k), true
		}
	}
	return 0, false
}

// Comment is a markup or Word comment positioned in the document text.
type Comment struct {
	// Text is the comment's content; "<!--" and "-->" may be included.
	Text string
	// Start and End are the byte range of the comment in the text.
	Start, End int
	// AnchorStart and AnchorEnd are the text a Word comment is attached
	// to; both -1 when the comment is not a Word comment.
	AnchorStart, AnchorEnd int
}

// Directive is one parsed suppression.
type Directive struct {
	Kind Kind
	// Rules are the rule ids, "category/*" patterns or "all" it names.
	Rules []string
	// Reason is why the findings are acceptable; required except for
	// Enable.
	Reason string
	// Start and End are the byte range of the comment.
	Start, End int
	// From and To are the byte range of the text it covers: the union
	// over its rules, since a Disable naming two rules may be closed for
	// each at a different place.
	From, To int

	// until is where coverage ends for each rule of a Disable.
	until map[string]int
	// used records which of Rules suppressed at least one finding.
	used map[string]bool
}

// covers reports whether the directive suppresses rule for a finding
// spanning [start, end).
func (d *Directive) covers(rule string, start, end int) bool {
	for _, pattern := range d.Rules {
		if !matchRule(pattern, rule) {
			continue
		}
		if d.spans(pattern, start, end) {
			return true
		}
	}
	return false
}

// markUsed records every rule pattern of d that covers the finding.
func (d *Directive) markUsed(rule string, start, end int) {
	if d.used == nil {
		d.used = map[string]bool{}
	}
	for _, pattern := range d.Rules {
		if matchRule(pattern, rule) && d.spans(pattern, start, end) {
			d.used[pattern] = true
		}
	}
}

// spans reports whether the finding [start, end) lies in the range pattern
// is suppressed over.
func (d *Directive) spans(pattern string, start, end int) bool {
	switch d.Kind {
	case DisableNextLine:
		return start >= d.From && start < d.To
	case Disable:
		to, ok := d.until[pattern]
		if !ok {
			to = d.To
		}
		return start >= d.From && start < to
	case Ignore:
		return overlaps(start, end, d.From, d.To)
	}
	return false
}

// overlaps reports whether [start, end) meets [from, to). Empty spans are
// widened to one byte so a zero-width finding (a missing number between two
// characters) inside an anchor still counts.
func overlaps(start, end, from, to int) bool {
	end = max(end, start+1)
	to = max(to, from+1)
	return start < to && end > from
}
