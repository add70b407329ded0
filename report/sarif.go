package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/gwlint/gwlint/finding"
)

// informationURI is the tool's home page in tool.driver.
const informationURI = "https://github.com/gwlint/gwlint"

// sarifReporter accumulates one SARIF run and writes it at Finish, since
// the rule list, results and invocation all live in one JSON document.
type sarifReporter struct {
	w         io.Writer
	baseDir   string
	run       *sarif.Run
	ruleIndex map[string]int
	failures  []*sarif.Notification
}

func newSARIFReporter(w io.Writer) *sarifReporter {
	return &sarifReporter{w: w}
}

func (s *sarifReporter) Start(m Meta) error {
	run := sarif.NewRunWithInformationURI(firstNonEmpty(m.ToolName, "gwlint"), informationURI)
	if m.ToolVersion != "" {
		run.Tool.Driver.WithVersion(m.ToolVersion)
	}
	// SARIF 2.1.0 §3.14.27 requires columnKind and consumers disagree on
	// the default; gwlint's columns count UTF-16 code units.
	run.WithColumnKind("utf16CodeUnits")
	if m.BaseDir != "" {
		base, err := fileURI(m.BaseDir, true)
		if err != nil {
			return fmt.Errorf("sarif base directory: %w", err)
		}
		run.WithOriginalUriBaseIds(map[string]*sarif.ArtifactLocation{srcRootBaseID: sarif.NewArtifactLocation().WithUri(base)})
	}
	s.baseDir = m.BaseDir
	s.run = run
	s.ruleIndex = make(map[string]int, len(m.Rules))
	for _, r := range m.Rules {
		s.addRule(r)
	}
	return nil
}

// addRule appends r to the driver's rules unless its id is already there,
// and returns its index.
func (s *sarifReporter) addRule(r finding.Rule) int {
	if i, ok := s.ruleIndex[r.ID]; ok {
		return i
	}
	i := len(s.run.Tool.Driver.Rules)
	s.run.Tool.Driver.AddRule(ruleDescriptor(r))
	s.ruleIndex[r.ID] = i
	return i
}

func (s *sarifReporter) File(f finding.File, findings []finding.Finding) error {
	if s.run == nil {
		return errors.New("report: sarif File called before Start")
	}
	uri, relative, err := artifactURI(s.baseDir, f.Path)
	if err != nil {
		return fmt.Errorf("sarif location of %s: %w", f.Path, err)
	}
	if f.Error != "" {
		s.failures = append(s.failures, fileNotification(uri, relative, f))
	}
	for _, fd := range findings {
		if fd.Path != f.Path {
			if uri, relative, err = artifactURI(s.baseDir, fd.Path); err != nil {
				return fmt.Errorf("sarif location of %s: %w", fd.Path, err)
			}
		}
		s.run.AddResult(s.result(fd, artifactLocation(uri, relative)))
	}
	return nil
}

// Finish records the invocation and writes the log. The invocation counts
// as unsuccessful when any file could not be linted: its results are
// incomplete, and consumers should not read silence as a clean file.
func (s *sarifReporter) Finish(sum Summary) error {
	if s.run == nil {
		return errors.New("report: sarif Finish called before Start")
	}
	ok := len(s.failures) == 0 && sum.FilesWithErrors == 0
	inv := s.run.AddInvocation(ok)
	inv.ToolExecutionNotifications = s.failures

	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return fmt.Errorf("new SARIF log: %w", err)
	}
	log.AddRun(s.run)
	// Encoded compact, then indented while written: escapeInvisible only
	// rewrites runes inside strings and indentation only adds ASCII outside
	// them, so the order does not change the output.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log); err != nil {
		return fmt.Errorf("encode SARIF: %w", err)
	}
	if err := writeIndented(s.w, escapeInvisible(buf.Bytes()), "  "); err != nil {
		return fmt.Errorf("write SARIF: %w", err)
	}
	return nil
}
