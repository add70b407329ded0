package lint

import (
	"context"
	"fmt"
	"sort"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/parser/charset"
)

// maxFixPasses bounds the lint-and-fix passes of Fix. One fix can reveal
// another (deleting a PDF page number leaves the hard line break it sat
// on), so Fix lints again after each pass; a fix that keeps reappearing
// stops after this many passes instead of looping.
const maxFixPasses = 5

// FixResult is what Fix did to one document.
type FixResult struct {
	// Applied counts the replacements made, over all passes.
	Applied int
	// Output is the fixed file in the document's original encoding (and
	// byte-order mark); nil when nothing changed.
	Output []byte
	// Before and After are the decoded texts, for diffs.
	Before, After string
	// Remaining are the findings left after the last pass.
	Remaining []finding.Finding
}

// Fix applies the safe suggestions (Suggestion.Safe) of the enabled rules
// to a text document, accepting only rules for which want returns true
// (nil = all). process is the same post-processing lint uses (inline
// suppression, baseline), so a suppressed finding is never fixed.
//
// Only txt, md and html are fixed: their decoded text is the file itself.
// A docx is refused, since gwlint builds its text and cannot write it back.
func (e *Engine) Fix(ctx context.Context, name string, data []byte, opts parser.Options,
	process func(*parser.Document, []finding.Finding) []finding.Finding, want func(rule string) bool) (FixResult, error) {
	var res FixResult
	doc, err := parser.Parse(name, data, opts)
	if err != nil {
		return res, err
	}
	if doc.Format == "docx" {
		return res, fmt.Errorf("%s: cannot fix a .docx file in place; apply the suggestions in Word", name)
	}
	encoding, bom, format := doc.Encoding, doc.BOM, doc.Format
	res.Before = doc.Text
	text := doc.Text
	for pass := 0; pass < maxFixPasses; pass++ {
		fs, err := e.Lint(ctx, doc)
		if err != nil {
			return res, fmt.Errorf("%s: %w", name, err)
		}
		if process != nil {
			fs = process(doc, fs)
		}
		res.Remaining = fs
		edits := safeEdits(fs, want)
		if len(edits) == 0 {
			break
		}
		text = applyEdits(text, edits)
		res.Applied += len(edits)
		// Later passes read the fixed text as UTF-8 in the same format.
		if doc, err = parser.Parse(name, []byte(text), parser.Options{Encoding: charset.UTF8, Format: format}); err != nil {
			return res, fmt.Errorf("%s: after fixing: %w", name, err)
		}
	}
	res.After = text
	if res.Applied == 0 || text == res.Before {
		return res, nil
	}
	out, err := charset.Encode(text, encoding, bom)
	if err != nil {
		return res, fmt.Errorf("%s: %w", name, err)
	}
	res.Output = out
	return res, nil
}

// textEdit replaces the byte range [start, end) of the text.
type textEdit struct {
	start, end  int
	replacement string
}

// safeEdits collects the first safe suggestion of each wanted finding,
// sorted by position, dropping any edit that overlaps one already taken
// (it is picked up again in the next pass if still needed).
func safeEdits(fs []finding.Finding, want func(string) bool) []textEdit {
	var edits []textEdit
	for _, f := range fs {
		if want != nil && !want(f.Rule) {
			continue
		}
		for _, s := range f.Suggestions {
			if s.Safe {
				edits = append(edits, textEdit{f.Start.Offset, f.End.Offset, s.Replacement})
				break
			}
		}
	}
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].start != edits[j].start {
			return edits[i].start < edits[j].start
		}
		return edits[i].end < edits[j].end
	})
	kept := edits[:0]
	lastEnd := -1
	for _, ed := range edits {
		if ed.start < lastEnd {
			continue
		}
		kept = append(kept, ed)
		lastEnd = ed.end
	}
	return kept
}

// applyEdits applies sorted, non-overlapping edits.
func applyEdits(text string, edits []textEdit) string {
	out := make([]byte, 0, len(text))
	prev := 0
	for _, ed := range edits {
		out = append(out, text[prev:ed.start]...)
		out = append(out, ed.replacement...)
		prev = ed.end
	}
	return string(append(out, text[prev:]...))
}
