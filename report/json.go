package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/gwlint/gwlint/finding"
)

// The JSON types below are the public contract documented in
// docs/json-output.md. They are separate from package finding so that a
// change to the engine's types cannot silently change the output.
// Findings, the bulk of the output, are written by appendFindingJSON, which
// its tests hold to the encoding of jsonFinding.
type (
	jsonTool struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	jsonPosition struct {
		Line   int `json:"line"`
		Column int `json:"column"`
		Offset int `json:"offset"`
	}
	jsonSuggestion struct {
		Description string `json:"description"`
		Replacement string `json:"replacement"`
		Safe        bool   `json:"safe"`
	}
	jsonFinding struct {
		Rule        string           `json:"rule"`
		Category    string           `json:"category"`
		Severity    string           `json:"severity"`
		Message     string           `json:"message"`
		Path        string           `json:"path"`
		Start       jsonPosition     `json:"start"`
		End         jsonPosition     `json:"end"`
		Text        string           `json:"text"`
		Section     string           `json:"section"`
		Suggestions []jsonSuggestion `json:"suggestions"`
	}
	jsonFile struct {
		Path  string `json:"path"`
		Kind  string `json:"kind"`
		Error string `json:"error,omitempty"`
	}
	jsonSummary struct {
		Files           int `json:"files"`
		FilesWithErrors int `json:"files_with_errors"`
		Errors          int `json:"errors"`
		Warnings        int `json:"warnings"`
		Infos           int `json:"infos"`
	}
)

// jsonReporter streams one JSON object: the findings array is written as
// files arrive, and the small per-file list is kept and written after it.
// Every array element sits on its own line so the output diffs well.
type jsonReporter struct {
	out      *bufio.Writer
	paths    displayPaths
	files    []jsonFile
	started  bool
	findings int
	line     []byte // the finding being encoded, reused
}

func newJSONReporter(w io.Writer) *jsonReporter {
	return &jsonReporter{out: bufio.NewWriter(w)}
}

func (j *jsonReporter) Start(m Meta) error {
	tool, err := compactJSON(jsonTool{Name: m.ToolName, Version: m.ToolVersion})
	if err != nil {
		return fmt.Errorf("encode JSON tool: %w", err)
	}
	j.paths = displayPaths{base: m.BaseDir}
	j.started = true
	fmt.Fprintf(j.out, "{\n  \"tool\": %s,\n  \"findings\": [", tool)
	return j.flush("start")
}

func (j *jsonReporter) File(f finding.File, findings []finding.Finding) error {
	if !j.started {
		return errors.New("report: json File called before Start")
	}
	j.files = append(j.files, jsonFile{Path: j.paths.of(f.Path), Kind: f.Kind, Error: f.Error})
	for _, fd := range findings {
		j.line = appendFindingJSON(j.line[:0], fd, j.paths.of(fd.Path))
		j.writeElement(j.findings, j.line)
		j.findings++
	}
	return j.flush(f.Path)
}

func (j *jsonReporter) Finish(s Summary) error {
	if !j.started {
		return errors.New("report: json Finish called before Start")
	}
	j.closeArray(j.findings)
	j.out.WriteString(",\n  \"files\": [")
	for i, f := range j.files {
		line, err := compactJSON(f)
		if err != nil {
			return fmt.Errorf("encode JSON file %s: %w", f.Path, err)
		}
		j.writeElement(i, line)
	}
	j.closeArray(len(j.files))
	summary, err := compactJSON(jsonSummary(s))
	if err != nil {
		return fmt.Errorf("encode JSON summary: %w", err)
	}
	fmt.Fprintf(j.out, ",\n  \"summary\": %s\n}\n", summary)
	return j.flush("finish")
}

// writeElement writes the i-th element of an open array.
func (j *jsonReporter) writeElement(i int, element []byte) {
	if i > 0 {
		j.out.WriteString(",")
	}
	j.out.WriteString("\n    ")
	j.out.Write(element)
}

// closeArray ends an array of n elements; an empty one stays "[]".
func (j *jsonReporter) closeArray(n int) {
	if n > 0 {
		j.out.WriteString("\n  ")
	}
	j.out.WriteString("]")
}

func (j *jsonReporter) flush(stage string) error {
	if err := j.out.Flush(); err != nil {
		return fmt.Errorf("write JSON report (%s): %w", stage, err)
	}
	return nil
}

// compactJSON encodes v on one line without HTML escaping, so that "<",
// ">" and "&" in Chinese documents stay readable, and with invisible
// characters escaped so that they can be seen.
func compactJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return escapeInvisible(bytes.TrimRight(buf.Bytes(), "\n")), nil
}
