package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

func find(path, rule, text, section string, line int) finding.Finding {
	return finding.Finding{Path: path, Rule: rule, Text: text, Section: section,
		Start: finding.Position{Line: line, Column: 1}}
}

// accepted are the findings of a 2024 self-inspection report the unit has
// decided to live with.
var accepted = []finding.Finding{
	find("reports/自查报告.docx", "placeholder/unfilled", "XX", "二、存在的问题", 12),
	find("reports/自查报告.docx", "wording/typo", "按装", "一、自查情况 > （二）安全生产", 7),
	find("reports/自查报告.docx", "wording/typo", "按装", "一、自查情况 > （二）安全生产", 9),
	find("reports/半年总结.md", "punctuation/half-width", ",", "", 3),
}

func writeAndRead(t *testing.T, findings []finding.Finding) *Baseline {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, findings); err != nil {
		t.Fatal(err)
	}
	b, err := Read(&buf)
	if err != nil {
		t.Fatalf("Read of written baseline: %v\n%s", err, buf.String())
	}
	return b
}

func TestRoundTripHidesRecordedFindings(t *testing.T) {
	b := writeAndRead(t, accepted)
	if b.Len() != len(accepted) {
		t.Errorf("Len = %d, want %d", b.Len(), len(accepted))
	}
	if kept := b.Filter(accepted); len(kept) != 0 {
		t.Errorf("Filter kept %v, want nothing", kept)
	}
}

func TestFilterSurvivesEditsElsewhere(t *testing.T) {
	b := writeAndRead(t, accepted)
	// A paragraph was added near the top: every finding moved down five
	// lines, and one path is now spelled differently on the command line.
	var shifted []finding.Finding
	for _, f := range accepted {
		f.Start.Line += 5
		f.Start.Offset += 120
		shifted = append(shifted, f)
	}
	shifted[3].Path = "./reports//半年总结.md"
	if kept := b.Filter(shifted); len(kept) != 0 {
		t.Errorf("Filter kept %v after an edit elsewhere", kept)
	}
}

func TestFilterReportsNewDuplicates(t *testing.T) {
	b := writeAndRead(t, accepted)
	newTypo := find("reports/自查报告.docx", "wording/typo", "按装", "一、自查情况 > （二）安全生产", 15)
	otherFile := find("reports/年度总结.docx", "wording/typo", "按装", "一、自查情况 > （二）安全生产", 7)
	current := append(append([]finding.Finding{}, accepted...), newTypo, otherFile)
	kept := b.Filter(current)
	if len(kept) != 2 || kept[0].Start.Line != 15 || kept[1].Path != otherFile.Path {
		t.Errorf("Filter kept %+v, want the third 按装 and the one in another file", kept)
	}
}

func TestWriteIsStableAndSorted(t *testing.T) {
	var a, b bytes.Buffer
	if err := Write(&a, accepted); err != nil {
		t.Fatal(err)
	}
	reversed := make([]finding.Finding, len(accepted))
	for i, f := range accepted {
		reversed[len(accepted)-1-i] = f
	}
	if err := Write(&b, reversed); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("output depends on input order:\n%s\n---\n%s", a.String(), b.String())
	}
	out := a.String()
	for _, want := range []string{`"version": 1`, `"path": "reports/半年总结.md"`, `"text": "按装"`,
		`"section": "一、自查情况 > （二）安全生产"`, `"fingerprint": "` + Fingerprint("wording/typo", "按装", "一、自查情况 > （二）安全生产") + `"`} {
		if !strings.Contains(out, want) {
			t.Errorf("baseline lacks %s:\n%s", want, out)
		}
	}
	if strings.Index(out, "半年总结.md") > strings.Index(out, "自查报告.docx") {
		t.Error("entries are not sorted by path")
	}
}

func TestWriteEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "{\n  \"version\": 1,\n  \"findings\": []\n}\n" {
		t.Errorf("empty baseline = %q", got)
	}
}

func TestLoadErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, content, want string }{
		{"not json", "{", "invalid JSON"},
		{"wrong version", `{"version": 2, "findings": []}`, "unsupported version 2"},
		{"unknown field", `{"version": 1, "findings": [], "extra": 1}`, "unknown field"},
		{"missing fingerprint", `{"version": 1, "findings": [{"path": "a.txt", "rule": "a/b"}]}`, "findings[0]: path, rule and fingerprint are required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".json")
			if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(p)
			if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load = %v, want an error naming %s and containing %q", err, p, tt.want)
			}
		})
	}
	if _, err := Load(filepath.Join(dir, "missing.json")); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("Load of a missing file = %v", err)
	}
}

func TestLoadFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "gwlint-baseline.json")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(f, accepted); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if kept := b.Filter(accepted[:1]); len(kept) != 0 {
		t.Errorf("loaded baseline kept %v", kept)
	}
}

func TestNormalizePath(t *testing.T) {
	tests := map[string]string{
		`reports\自查报告.docx`:    "reports/自查报告.docx",
		"./reports//a/../b.md": "reports/b.md",
		"../shared/c.txt":      "../shared/c.txt",
		"":                     "",
	}
	for in, want := range tests {
		if got := normalizePath(in); got != want {
			t.Errorf("normalizePath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestZeroBaselineHidesNothing(t *testing.T) {
	var b Baseline
	if kept := b.Filter(accepted); !reflect.DeepEqual(kept, accepted) {
		t.Errorf("zero baseline filtered findings")
	}
}
