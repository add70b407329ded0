package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/gwlint/gwlint/finding"
)

// githubReporter writes GitHub Actions workflow commands, which the runner
// turns into annotations on the pull request, and tallies findings for the
// optional Markdown job summary.
type githubReporter struct {
	out   *bufio.Writer
	opts  Options
	paths displayPaths
	tally tally
}

func newGitHubReporter(w io.Writer, opts Options) *githubReporter {
	return &githubReporter{out: bufio.NewWriter(w), opts: opts, tally: newTally()}
}

func (g *githubReporter) Start(m Meta) error {
	g.paths = displayPaths{base: m.BaseDir}
	return nil
}

func (g *githubReporter) File(f finding.File, findings []finding.Finding) error {
	path := g.paths.of(f.Path)
	if f.Error != "" {
		g.tally.addFailure(path, f.Error)
		fmt.Fprintf(g.out, "::error file=%s::%s\n", escapeProperty(path), escapeData(f.Error))
	}
	for _, fd := range findings {
		findingPath := g.paths.of(fd.Path)
		g.tally.addFinding(fd.Rule, findingPath)
		g.out.WriteString(annotation(fd, findingPath))
	}
	if err := g.out.Flush(); err != nil {
		return fmt.Errorf("write GitHub annotations for %s: %w", path, err)
	}
	return nil
}

// annotation formats one finding as a workflow command line. GitHub
// rejects columns on an annotation that spans several lines, so they are
// sent only for single-line spans.
func annotation(fd finding.Finding, path string) string {
	props := []string{"file=" + escapeProperty(path)}
	if s, ok := findingSpan(fd); ok {
		props = append(props, "line="+strconv.Itoa(s.startLine))
		if s.endLine == s.startLine {
			props = append(props, "col="+strconv.Itoa(s.startColumn))
		}
		props = append(props, "endLine="+strconv.Itoa(s.endLine))
		if s.endLine == s.startLine {
			props = append(props, "endColumn="+strconv.Itoa(s.endColumn))
		}
	}
	props = append(props, "title="+escapeProperty(fd.Rule))
	return fmt.Sprintf("::%s %s::%s\n", annotationCommand(fd.Severity), strings.Join(props, ","),
		escapeData(firstNonEmpty(fd.Message, fd.Rule)))
}

// annotationCommand maps a severity to the workflow command of that level.
func annotationCommand(s finding.Severity) string {
	switch s {
	case finding.SeverityError:
		return "error"
	case finding.SeverityWarning:
		return "warning"
	default:
		return "notice"
	}
}

// The escapers are built once: a strings.Replacer builds its lookup
// tables on first use, which per annotation cost more than the rest of it.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// escapeData escapes a workflow command's message the way @actions/core
// does, so a newline in a message cannot end the command early.
func escapeData(s string) string {
	return dataEscaper.Replace(s)
}

// escapeProperty escapes a property value; ":" and "," would otherwise
// end the value.
func escapeProperty(s string) string {
	return propertyEscaper.Replace(s)
}

func (g *githubReporter) Finish(s Summary) error {
	if err := g.out.Flush(); err != nil {
		return fmt.Errorf("write GitHub annotations: %w", err)
	}
	if g.opts.StepSummary == nil {
		return nil
	}
	if _, err := io.WriteString(g.opts.StepSummary, stepSummary(s, g.tally)); err != nil {
		return fmt.Errorf("write GitHub step summary: %w", err)
	}
	return nil
}
