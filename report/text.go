package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/gwlint/gwlint/finding"
)

// excerptIndent sets the source excerpt apart from the diagnostic line.
const excerptIndent = "    "

// textReporter writes findings for people: a compiler-style diagnostic
// line, the source line and an underline, flushed after every file so
// progress shows on large runs.
type textReporter struct {
	out     *bufio.Writer
	opts    Options
	colors  palette
	paths   displayPaths
	printed bool
	// glyphLine and glyphs cache the last source line split into glyphs:
	// the findings on one line (often many on a long pasted paragraph)
	// share it, and splitting was most of this format's time.
	glyphLine string
	glyphs    []glyph
}

func newTextReporter(w io.Writer, opts Options) *textReporter {
	return &textReporter{out: bufio.NewWriter(w), opts: opts, colors: palette{on: opts.Color}}
}

func (t *textReporter) Start(m Meta) error {
	t.paths = displayPaths{base: m.BaseDir}
	return nil
}

func (t *textReporter) File(f finding.File, findings []finding.Finding) error {
	path := t.paths.of(f.Path)
	if f.Error != "" {
		fmt.Fprintf(t.out, "%s: %s: %s\n", t.colors.bold(terminalSafe(path)),
			t.colors.severity(finding.SeverityError, "error"), terminalSafe(f.Error))
		t.printed = true
	}
	for _, fd := range findings {
		t.writeFinding(fd)
		t.printed = true
	}
	if err := t.out.Flush(); err != nil {
		return fmt.Errorf("write text report for %s: %w", path, err)
	}
	return nil
}

// writeFinding writes one finding; errors surface at the next Flush.
func (t *textReporter) writeFinding(fd finding.Finding) {
	c := t.colors
	where := terminalSafe(t.paths.of(fd.Path))
	if fd.Start.Line > 0 {
		where = fmt.Sprintf("%s:%d:%d", where, fd.Start.Line, max(fd.Start.Column, 1))
	}
	fmt.Fprintf(t.out, "%s: %s %s: %s\n", c.bold(where), c.severity(fd.Severity, fd.Severity.String()),
		c.dim(terminalSafe(fd.Rule)), terminalSafe(fd.Message))
	if fd.Start.Line > 0 {
		start, end := spanRunes(fd)
		ex := renderGlyphs(t.glyphsOf(fd.LineText), start, end)
		marks := strings.TrimLeft(ex.underline, " ")
		lead := ex.underline[:len(ex.underline)-len(marks)]
		fmt.Fprintf(t.out, "%s%s\n%s%s%s\n", excerptIndent, ex.line, excerptIndent, lead, c.severity(fd.Severity, marks))
	}
	if hint, ok := suggestionHint(fd.Suggestions); ok {
		fmt.Fprintf(t.out, "%s%s\n", excerptIndent, c.green(hint))
	}
}

// glyphsOf returns excerptGlyphs(line), from the cache when line is the
// previous finding's line.
func (t *textReporter) glyphsOf(line string) []glyph {
	if t.glyphs == nil || line != t.glyphLine {
		t.glyphLine, t.glyphs = line, excerptGlyphs(line)
	}
	return t.glyphs
}

// suggestionHint describes the first safe suggestion, the one `gwlint fix`
// would apply; unsafe ones need judgement and are left to the JSON/SARIF
// consumers that can show all of them.
func suggestionHint(suggestions []finding.Suggestion) (string, bool) {
	for _, s := range suggestions {
		if !s.Safe {
			continue
		}
		hint := fmt.Sprintf("suggestion: replace with %q", s.Replacement)
		if s.Replacement == "" {
			hint = "suggestion: delete it"
		}
		if s.Description != "" {
			hint += " (" + terminalSafe(s.Description) + ")"
		}
		return hint, true
	}
	return "", false
}

func (t *textReporter) Finish(s Summary) error {
	if !t.opts.Quiet {
		if t.printed {
			t.out.WriteString("\n")
		}
		fmt.Fprintln(t.out, summaryLine(s))
	}
	if err := t.out.Flush(); err != nil {
		return fmt.Errorf("write text report summary: %w", err)
	}
	return nil
}

// summaryLine is the closing line of text output, e.g.
// "2 errors, 1 warning, 0 infos in 3 files (1 file could not be linted)".
func summaryLine(s Summary) string {
	var b strings.Builder
	if s.Errors+s.Warnings+s.Infos == 0 {
		fmt.Fprintf(&b, "no problems found in %s", plural(s.Files, "file"))
	} else {
		fmt.Fprintf(&b, "%s, %s, %s in %s", plural(s.Errors, "error"), plural(s.Warnings, "warning"),
			plural(s.Infos, "info"), plural(s.Files, "file"))
	}
	if s.FilesWithErrors > 0 {
		fmt.Fprintf(&b, " (%s could not be linted)", plural(s.FilesWithErrors, "file"))
	}
	return b.String()
}

// terminalSafe shows control characters in s as <U+XXXX>: messages quote
// document text, and a pasted escape sequence must not drive the terminal.
func terminalSafe(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsControl(r) {
			fmt.Fprintf(&b, "<U+%04X>", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plural writes "1 file" or "3 files".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
