package report

import (
	"io"
	"slices"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

func TestNewAcceptsEveryListedFormat(t *testing.T) {
	for _, format := range Formats() {
		if _, err := New(format, io.Discard, Options{}); err != nil {
			t.Errorf("New(%q): %v", format, err)
		}
	}
	if !slices.Equal(Formats(), []string{"text", "json", "sarif", "github"}) {
		t.Errorf("Formats() = %v", Formats())
	}
	if _, err := New("xml", io.Discard, Options{}); err == nil {
		t.Error("New accepted an unknown format")
	}
	if _, err := New("text", nil, Options{}); err == nil {
		t.Error("New accepted a nil writer")
	}
}

func TestHelpURIAndNames(t *testing.T) {
	cases := []struct {
		rule       finding.Rule
		help, name string
	}{
		{finding.Rule{ID: "placeholder/unfilled-year"}, rulesDocURL + "#placeholderunfilled-year", "UnfilledYear"},
		{finding.Rule{ID: "punct/half_width", Name: "half_width"}, rulesDocURL + "#puncthalf_width", "HalfWidth"},
		{finding.Rule{ID: "自定义/错别字", HelpURI: "https://example.org/r"}, "https://example.org/r", "错别字"},
		{finding.Rule{ID: "x/--"}, rulesDocURL + "#x--", "Rule"},
	}
	for _, c := range cases {
		if got := HelpURI(c.rule); got != c.help {
			t.Errorf("HelpURI(%s) = %q, want %q", c.rule.ID, got, c.help)
		}
		if got := camelName(ruleName(c.rule)); got != c.name {
			t.Errorf("name of %s = %q, want %q", c.rule.ID, got, c.name)
		}
	}
}

// failingWriter fails every write, like a closed pipe.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

func TestWriteErrorsAreReported(t *testing.T) {
	run := newFixtureRun(t)
	for _, format := range Formats() {
		rep, err := New(format, failingWriter{}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		failed := rep.Start(run.meta) != nil
		for i, f := range run.files {
			failed = failed || rep.File(f, run.results[i]) != nil
		}
		failed = failed || rep.Finish(run.summary) != nil
		if !failed {
			t.Errorf("%s: no error although every write failed", format)
		}
	}
}
