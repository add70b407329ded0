package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

// keysOf returns the sorted keys of a JSON object.
func keysOf(t *testing.T, v any) []string {
	t.Helper()
	obj, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("%v is not a JSON object", v)
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func sorted(keys ...string) []string {
	slices.Sort(keys)
	return keys
}

// checkJSONShape checks every object of a JSON report against the field
// lists in docs/json-output.md; failedPath names the one file with an error.
func checkJSONShape(t *testing.T, raw, failedPath string) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.UseNumber()
	var doc map[string]any
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, raw)
	}
	if dec.More() {
		t.Fatal("trailing data after the JSON object")
	}
	if got, want := keysOf(t, doc), sorted("tool", "files", "findings", "summary"); !slices.Equal(got, want) {
		t.Errorf("top-level keys %v, want %v", got, want)
	}
	if got, want := keysOf(t, doc["tool"]), sorted("name", "version"); !slices.Equal(got, want) {
		t.Errorf("tool keys %v, want %v", got, want)
	}
	if got, want := keysOf(t, doc["summary"]), sorted("files", "files_with_errors", "errors", "warnings", "infos"); !slices.Equal(got, want) {
		t.Errorf("summary keys %v, want %v", got, want)
	}
	findingKeys := sorted("rule", "category", "severity", "message", "path", "start", "end", "text", "section", "suggestions")
	findings, _ := doc["findings"].([]any)
	if len(findings) == 0 {
		t.Fatal("no findings to check")
	}
	for _, f := range findings {
		if got := keysOf(t, f); !slices.Equal(got, findingKeys) {
			t.Errorf("finding keys %v, want %v", got, findingKeys)
		}
		obj := f.(map[string]any)
		for _, end := range []string{"start", "end"} {
			if got := keysOf(t, obj[end]); !slices.Equal(got, sorted("line", "column", "offset")) {
				t.Errorf("%s keys %v", end, got)
			}
		}
		suggestions, ok := obj["suggestions"].([]any)
		if !ok {
			t.Errorf("suggestions of %s is %v, want an array", obj["rule"], obj["suggestions"])
		}
		for _, s := range suggestions {
			if got := keysOf(t, s); !slices.Equal(got, sorted("description", "replacement", "safe")) {
				t.Errorf("suggestion keys %v", got)
			}
		}
	}
	files, _ := doc["files"].([]any)
	for _, f := range files {
		obj := f.(map[string]any)
		want := sorted("path", "kind")
		if obj["path"] == failedPath {
			want = sorted("path", "kind", "error")
		}
		if got := keysOf(t, f); !slices.Equal(got, want) {
			t.Errorf("file %v keys %v, want %v (error only for files that failed)", obj["path"], got, want)
		}
	}
}

func TestJSONMatchesDocumentedShape(t *testing.T) {
	out, _ := newFixtureRun(t).render(t, "json", Options{})
	checkJSONShape(t, out, "损坏.docx")
}

// TestDocumentedJSONExample keeps the example in docs/json-output.md in
// step with the contract.
func TestDocumentedJSONExample(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "json-output.md"))
	if err != nil {
		t.Skipf("docs/json-output.md not readable: %v", err)
	}
	_, rest, ok := strings.Cut(string(doc), "```json\n")
	example, _, closed := strings.Cut(rest, "```")
	if !ok || !closed {
		t.Fatal("docs/json-output.md has no json code block")
	}
	checkJSONShape(t, example, "损坏.docx")
}

func TestJSONPositionsAndPaths(t *testing.T) {
	out, _ := newFixtureRun(t).render(t, "json", Options{})
	var doc struct {
		Findings []jsonFinding `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var repeated jsonFinding
	for _, f := range doc.Findings {
		if f.Rule == "punct/repeated" {
			repeated = f
		}
	}
	// Column counts UTF-16 units (𠀋 is two); offsets are bytes into the
	// decoded text and the end is exclusive: "，，" is 6 bytes.
	if repeated.Path != "docs/报告 1.txt" || repeated.Start != (jsonPosition{Line: 3, Column: 15, Offset: 97}) ||
		repeated.End != (jsonPosition{Line: 3, Column: 17, Offset: 103}) {
		t.Errorf("punct/repeated = %+v", repeated)
	}
	if got := reportText[repeated.Start.Offset:repeated.End.Offset]; got != repeated.Text {
		t.Errorf("text[start.offset:end.offset] = %q, want the span text %q", got, repeated.Text)
	}
}

func TestJSONEmptyRunIsValid(t *testing.T) {
	var buf bytes.Buffer
	rep, err := New("json", &buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.File(finding.File{Path: "x"}, nil); err == nil {
		t.Error("File before Start should fail, not write half a document")
	}
	if err := rep.Start(Meta{ToolName: "gwlint", ToolVersion: "1"}); err != nil {
		t.Fatal(err)
	}
	if err := rep.Finish(Summary{}); err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"tool\": {\"name\":\"gwlint\",\"version\":\"1\"},\n  \"findings\": [],\n  \"files\": [],\n" +
		"  \"summary\": {\"files\":0,\"files_with_errors\":0,\"errors\":0,\"warnings\":0,\"infos\":0}\n}\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestJSONKeepsMarkupCharactersAndEscapesInvisibles(t *testing.T) {
	got, err := compactJSON(map[string]string{"m": "<c> & 100%\u200b\ufeff"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"m":"<c> & 100%\u200b\ufeff"}`; string(got) != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
