package lint

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
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
		l := lintFile(t, e, files[0])
		if len(l.doc.Headings) < 3 {
			t.Errorf("%s: %d headings read, want the automatically numbered ones (at least 3)", files[0], len(l.doc.Headings))
		}
		l.expectNoWarnings(t)
	}
}

// TestHoldoutDocxDefectsCaught requires every defect listed in the folder's
// README to be reported by its expected rule, with a span overlapping the
// excerpt in the text read from the .docx.
func TestHoldoutDocxDefectsCaught(t *testing.T) {
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	linted := map[string]lintedFile{}
	total := 0
	for _, d := range readDefectTable(t, filepath.Join(holdoutDocxDir, "README.md"), ".docx") {
		l, ok := linted[d.file]
		if !ok {
			l = lintFile(t, e, filepath.Join(holdoutDocxDir, d.file))
			linted[d.file] = l
		}
		total++
		text := l.doc.Text
		start := strings.Index(text, d.excerpt)
		if start < 0 || strings.Count(text, d.excerpt) != 1 {
			t.Errorf("%s: excerpt %q must occur exactly once in the text read from the file", d.file, d.excerpt)
			continue
		}
		if !l.reports(d.rule, start, start+len(d.excerpt)) {
			t.Errorf("%s: %s did not report %q", d.file, d.rule, d.excerpt)
		}
	}
	if total < 10 {
		t.Errorf("read %d defects from the README table, want at least 10", total)
	}
}
