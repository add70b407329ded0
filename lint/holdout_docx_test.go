package lint

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
)

// holdoutDocxDir holds the held-out Word documents: made by LibreOffice from
// sources whose headings use real automatic numbering, so the labels exist
// only in numbering.xml and the checks below exercise the docx reader as
// well as the rules.
const holdoutDocxDir = "../testdata/holdout/docx"

// holdoutDocxCleanPrefixes are the documents (01–06) that are correct.
var holdoutDocxCleanPrefixes = []string{"01-", "02-", "03-", "04-", "05-", "06-"}

// TestHoldoutDocxCleanDocuments requires silence at warning or above on the
// correct .docx documents: a finding there is a false positive that only
// Word input provokes (automatic labels, table cells as paragraphs).
func TestHoldoutDocxCleanDocuments(t *testing.T) {
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	for _, prefix := range holdoutDocxCleanPrefixes {
		files, err := filepath.Glob(filepath.Join(holdoutDocxDir, prefix+"*.docx"))
		if err != nil || len(files) != 1 {
			t.Fatalf("want one %s*.docx in %s, found %d (%v)", prefix, holdoutDocxDir, len(files), err)
		}
		doc, fs := lintDocxHoldout(t, e, files[0])
		if len(doc.Headings) < 3 {
			t.Errorf("%s: %d headings read, want the automatically numbered ones (at least 3)", files[0], len(doc.Headings))
		}
		for _, fd := range fs {
			if fd.Severity >= finding.SeverityWarning {
				t.Errorf("%s:%d:%d: %s %s: %s (%q)", filepath.Base(files[0]), fd.Start.Line, fd.Start.Column, fd.Severity, fd.Rule, fd.Message, fd.Text)
			}
		}
	}
}

// TestHoldoutDocxDefectsCaught requires every defect listed in the folder's
// README to be reported by its expected rule, with a span overlapping the
// excerpt in the text read from the .docx.
func TestHoldoutDocxDefectsCaught(t *testing.T) {
	table, err := os.ReadFile(filepath.Join(holdoutDocxDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	type linted struct {
		text  string
		spans []spanOf
	}
	cache := map[string]linted{}
	total := 0
	for _, line := range strings.Split(string(table), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 6 || !strings.HasSuffix(strings.TrimSpace(cells[1]), ".docx") {
			continue
		}
		file, rule := strings.TrimSpace(cells[1]), strings.TrimSpace(cells[3])
		excerpt := strings.Trim(strings.TrimSpace(cells[4]), "`")
		got, ok := cache[file]
		if !ok {
			doc, fs := lintDocxHoldout(t, e, filepath.Join(holdoutDocxDir, file))
			got = linted{text: doc.Text}
			for _, f := range fs {
				got.spans = append(got.spans, spanOf{f.Rule, f.Start.Offset, f.End.Offset})
			}
			cache[file] = got
		}
		total++
		start := strings.Index(got.text, excerpt)
		if start < 0 || strings.Count(got.text, excerpt) != 1 {
			t.Errorf("%s: excerpt %q must occur exactly once in the text read from the file", file, excerpt)
			continue
		}
		end := start + len(excerpt)
		hit := false
		for _, s := range got.spans {
			if s.rule == rule && s.start < end && start < s.end {
				hit = true
				break
			}
		}
		if !hit {
			t.Errorf("%s: %s did not report %q", file, rule, excerpt)
		}
	}
	if total < 10 {
		t.Errorf("read %d defects from the README table, want at least 10", total)
	}
}

// lintDocxHoldout parses and lints one document.
func lintDocxHoldout(t *testing.T, e *Engine, path string) (*parser.Document, []finding.Finding) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parser.Parse(path, data, parser.Options{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	fs, err := e.Lint(context.Background(), doc)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return doc, fs
}
