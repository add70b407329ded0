package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// referenceIndented is what an indenting json.Encoder writes for the
// compact JSON src.
func referenceIndented(t *testing.T, src []byte) string {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Indent(&buf, src, "", "  "); err != nil {
		t.Fatalf("json.Indent(%q): %v", src, err)
	}
	return buf.String() + "\n"
}

func checkIndented(t *testing.T, src []byte) {
	t.Helper()
	var got strings.Builder
	if err := writeIndented(&got, src, "  "); err != nil {
		t.Fatal(err)
	}
	if want := referenceIndented(t, src); got.String() != want {
		t.Fatalf("writeIndented(%s)\n got %q\nwant %q", src, got.String(), want)
	}
}

func TestWriteIndented(t *testing.T) {
	for _, src := range []string{
		`{}`, `[]`, `""`, `0`, `null`, `{"a":[]}`, `{"a":{},"b":[{}]}`, `[[],[[]],{"x":[1,2,{"y":null}]}]`,
		`{"s":"a,b:{c}[d]","t":"quote \" and backslash \\","u":"\\"}`,
		`{"text":"职工，“工会”：（一）","n":-1.5e3,"ok":true}`,
		`{"esc":"\u2028\u200b\"}]"}`,
	} {
		checkIndented(t, []byte(src))
	}
}

// TestWriteIndentedLarge crosses the chunk size with a SARIF-like log, so
// chunked writes are covered.
func TestWriteIndentedLarge(t *testing.T) {
	type result struct {
		RuleID  string         `json:"ruleId"`
		Message map[string]any `json:"message"`
		Lines   []int          `json:"lines"`
	}
	results := make([]result, 3000)
	for i := range results {
		results[i] = result{RuleID: "artifact/duplicate-paragraph", Message: map[string]any{"text": "段落重复，请删除：{\"x\"}"}, Lines: []int{i, i + 1}}
	}
	src, err := json.Marshal(map[string]any{"runs": []any{map[string]any{"results": results, "empty": []int{}}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(src) < 2*indentChunk {
		t.Fatalf("test log is only %d bytes", len(src))
	}
	checkIndented(t, src)
}

func FuzzWriteIndented(f *testing.F) {
	f.Add([]byte(`{"a":[1,{"b":"c\"d"}],"e":{}}`))
	f.Add([]byte(`[[],[{}],"\\\\"]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) {
			return
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, data); err != nil {
			t.Fatal(err)
		}
		checkIndented(t, compact.Bytes())
	})
}
