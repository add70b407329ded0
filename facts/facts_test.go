package facts

import (
	"slices"
	"testing"

	"github.com/gwlint/gwlint/parser"
)

// The registry is global; this test binary registers only its own
// extractors, none of the real ones (they live in subpackages).
func TestRegistryRunsExtractorsByName(t *testing.T) {
	Register("test_b", func(doc *parser.Document, _ *Env) any { return len(doc.Paragraphs) })
	Register("test_a", func(*parser.Document, *Env) any { return "a" })
	if got, want := Names(), []string{"test_a", "test_b"}; !slices.Equal(got, want) {
		t.Fatalf("Names() = %q, want %q", got, want)
	}
	doc, err := parser.Parse("t.txt", []byte("标题\n第一段。\n第二段。"), parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := Extract(doc, nil, nil)
	if got["test_a"] != "a" || got["test_b"] != len(doc.Paragraphs) {
		t.Errorf("Extract = %v, want test_a=a and test_b=%d", got, len(doc.Paragraphs))
	}
	only := Extract(doc, nil, func(name string) bool { return name == "test_b" })
	if _, ran := only["test_a"]; ran || only["test_b"] != len(doc.Paragraphs) {
		t.Errorf("Extract with want = %v, want only test_b", only)
	}
	defer func() {
		if recover() == nil {
			t.Error("registering test_a twice did not panic")
		}
	}()
	Register("test_a", func(*parser.Document, *Env) any { return nil })
}

func TestSimplifiedTextFallsBackToTheParagraph(t *testing.T) {
	p := &parser.Paragraph{Text: "會議"}
	simplify := func(*parser.Paragraph) string { return "会议" }
	tests := []struct {
		name string
		env  *Env
		want string
	}{
		{"nil env", nil, "會議"},
		{"env without normaliser", &Env{}, "會議"},
		{"env with normaliser", &Env{Simplified: simplify}, "会议"},
	}
	for _, tt := range tests {
		if got := tt.env.SimplifiedText(p); got != tt.want {
			t.Errorf("%s: SimplifiedText = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// The context helpers count runes, not bytes: a Han character is three
// bytes and 𠀋 four.
func TestRunesAroundAnOffset(t *testing.T) {
	const text = "ab工会𠀋cd"
	at := len("ab工会") // just before 𠀋
	tests := []struct {
		name   string
		i, n   int
		before string
		after  string
	}{
		{"two runes each side", at, 2, "工会", "𠀋c"},
		{"more runes than the text has", at, 10, "ab工会", "𠀋cd"},
		{"none", at, 0, "", ""},
		{"at the start", 0, 3, "", "ab工"},
		{"at the end", len(text), 3, "𠀋cd", ""},
	}
	for _, tt := range tests {
		if got := RunesBefore(text, tt.i, tt.n); got != tt.before {
			t.Errorf("%s: RunesBefore = %q, want %q", tt.name, got, tt.before)
		}
		if got := RunesAfter(text, tt.i, tt.n); got != tt.after {
			t.Errorf("%s: RunesAfter = %q, want %q", tt.name, got, tt.after)
		}
	}
}
