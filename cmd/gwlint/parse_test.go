package main

import (
	"encoding/json"
	"strings"
	"testing"
)

const parseSample = "县总工会工作总结\n一、主要工作\n（一）劳动竞赛\n全年组织劳动竞赛十二场，参赛职工三千余人。\n"

func TestParseTreeAndJSON(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": parseSample})
	r := gw(t, dir, "", "parse", "a.txt")
	if r.code != 0 || !strings.Contains(r.stdout, "title: 县总工会工作总结") || !strings.Contains(r.stdout, "H2 cn-paren 1: （一）劳动竞赛") {
		t.Fatalf("tree: code %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = gw(t, dir, "", "parse", "--format", "json", "a.txt")
	var doc struct {
		Kind     string `json:"kind"`
		Headings []struct {
			Level  int    `json:"level"`
			Family string `json:"family"`
		} `json:"headings"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("json output does not decode: %v\n%s", err, r.stdout)
	}
	if doc.Kind != "工作总结" || len(doc.Headings) != 2 || doc.Headings[1].Level != 2 || doc.Headings[1].Family != "cn-paren" {
		t.Errorf("json document = %+v", doc)
	}
}

// A file that fails is reported by name on standard error; the others are
// still printed and the exit status is 2.
func TestParseReportsFailuresAndGoesOn(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": parseSample, "empty.txt": "", "r.pdf": "%PDF"})
	r := gw(t, dir, "", "parse", "missing.txt", "empty.txt", "r.pdf", "a.txt")
	if r.code != 2 {
		t.Errorf("exit code %d, want 2", r.code)
	}
	for _, want := range []string{
		"gwlint: missing.txt: no such file or directory\n",
		"gwlint: empty.txt: empty file\n",
		`gwlint: r.pdf: unsupported format ".pdf"`,
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if !strings.Contains(r.stdout, "file: a.txt") {
		t.Errorf("the good file was not printed:\n%s", r.stdout)
	}
}

func TestParseStdin(t *testing.T) {
	md := "# 县总工会工作总结\n\n## 一、主要工作\n\n全年组织劳动竞赛十二场。\n"
	r := gw(t, t.TempDir(), md, "parse", "--stdin-filename", "plan.md", "-")
	if r.code != 0 || !strings.Contains(r.stdout, "format: md") || !strings.Contains(r.stdout, "H1 cn-dun 1 markup: 一、主要工作") {
		t.Errorf("stdin as markdown: code %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = gw(t, t.TempDir(), parseSample, "parse", "-")
	if r.code != 0 || !strings.Contains(r.stdout, "file: <stdin>.txt") {
		t.Errorf("stdin as text: code %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestParseUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"parse"},
		{"parse", "--format", "xml", "a.txt"},
		{"parse", "--encoding", "klingon", "a.txt"},
		{"parse", "--input-format", "pdf", "a.txt"},
	} {
		if r := gw(t, t.TempDir(), "", args...); r.code != 2 || r.stderr == "" {
			t.Errorf("%v: code %d stderr %q, want a usage error", args, r.code, r.stderr)
		}
	}
}
