package lint

import (
	"github.com/gwlint/gwlint/baseline"
	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/suppress"
)

// Post-processing runs on each document's findings after evaluation, in the
// worker, in this order (after golangci-lint's result processors):
//
//  1. inline suppression: directives in comments drop the findings they
//     cover; malformed, reasonless and unused directives become findings;
//  2. fingerprints, which baselines and SARIF consumers use;
//  3. baseline: findings recorded in the baseline file are hidden.
//
// Ignored paths never reach the engine, and severities are already the
// configured ones (Engine.severityOf).

// Processor returns the post-processing function for RunOptions.Process.
// base may be nil.
func (e *Engine) Processor(base *baseline.Baseline) func(*parser.Document, []finding.Finding) []finding.Finding {
	return func(doc *parser.Document, fs []finding.Finding) []finding.Finding {
		fs = e.applySuppression(doc, fs)
		for i := range fs {
			fs[i].Fingerprint = baseline.Fingerprint(fs[i].Rule, fs[i].Text, fs[i].Section)
		}
		if base != nil {
			fs = base.Filter(fs)
		}
		return fs
	}
}

func (e *Engine) applySuppression(doc *parser.Document, fs []finding.Finding) []finding.Finding {
	if len(doc.Comments) == 0 {
		return fs
	}
	comments := make([]suppress.Comment, len(doc.Comments))
	for i, c := range doc.Comments {
		comments[i] = suppress.Comment{Text: c.Text, Start: c.Span.Start.Offset, End: c.Span.End.Offset, AnchorStart: -1, AnchorEnd: -1}
		if c.Anchor != nil {
			comments[i].AnchorStart, comments[i].AnchorEnd = c.Anchor.Start.Offset, c.Anchor.End.Offset
		}
	}
	dirs, problems := suppress.Parse(doc.Text, comments)
	problems = append(problems, suppress.CheckRules(dirs, e.ruleIDs())...)
	kept, more := suppress.Apply(dirs, fs, func(id string) bool { return e.levels[id] != finding.SeverityNone })
	problems = append(problems, more...)
	for _, p := range problems {
		kept = append(kept, e.directiveFinding(doc, p))
	}
	SortFindings(kept)
	return kept
}

func (e *Engine) ruleIDs() []string {
	ids := make([]string, len(e.rules))
	for i, r := range e.rules {
		ids[i] = r.ID
	}
	return ids
}

// directiveFinding reports a problem with a suppression directive.
func (e *Engine) directiveFinding(doc *parser.Document, p suppress.Problem) finding.Finding {
	start, end := clampSpan(doc.Text, p.Start, p.End)
	f := finding.Finding{
		Rule: p.Rule, Category: "gwlint", Severity: finding.SeverityWarning, Message: p.Message,
		Path: doc.Path, Start: position(doc.Lines.Position(start)), End: position(doc.Lines.Position(end)),
		Text: doc.Text[start:end], Suggestions: []finding.Suggestion{},
	}
	f.LineText = doc.Lines.LineText(f.Start.Line)
	return f
}

// DirectiveRules documents the findings the engine itself reports about
// suppression directives, for `gwlint rules`, `gwlint explain` and SARIF.
func DirectiveRules() []finding.Rule {
	mk := func(id, title, desc, bad, good string) finding.Rule {
		return finding.Rule{
			ID: id, Category: "gwlint", Name: id[len("gwlint/"):], Title: title, Description: desc,
			Severity: finding.SeverityWarning, Builtin: true,
			Bad: []finding.Example{{Text: bad}}, Good: []finding.Example{{Text: good}},
		}
	}
	return []finding.Rule{
		mk(suppress.RuleInvalid, "无法识别的 gwlint 指令",
			"A comment starting with gwlint- that is not a valid directive (unknown verb, no rule, or a rule id that does not exist). It suppresses nothing, so the finding it was meant to silence is still reported.",
			"<!-- gwlint-disable-next-line placeholder/missing -- 原件如此 -->",
			"<!-- gwlint-disable-next-line placeholder/unfilled -- 原件如此 -->"),
		mk(suppress.RuleMissingReason, "gwlint 指令缺少理由",
			"Every suppression must say why (after ` -- ` in Markdown/HTML, after the rule list in a Word comment), so a reviewer can judge it later. As in staticcheck, a directive without a reason is reported.",
			"<!-- gwlint-disable-next-line placeholder/unfilled -->",
			"<!-- gwlint-disable-next-line placeholder/unfilled -- 引用上级文件原文 -->"),
		mk(suppress.RuleUnused, "gwlint 指令未匹配任何问题",
			"A directive that silences nothing is stale: the text it covered was fixed or moved. Remove it, so suppressions do not pile up in documents revised year after year.",
			"<!-- gwlint-disable-next-line wording/typo -- 原文如此 --> (on a line without a typo)",
			"(no directive where there is nothing to silence)"),
	}
}
