package report

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// checkGolden compares got with testdata/<name>, or rewrites it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test ./report -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from golden file; got:\n%s", name, got)
	}
}

func TestGoldenOutputs(t *testing.T) {
	run := newFixtureRun(t)
	cases := []struct {
		golden, format string
		opts           Options
	}{
		{"text/fixture.txt", "text", Options{}},
		{"text/fixture-color.txt", "text", Options{Color: true}},
		{"text/fixture-quiet.txt", "text", Options{Quiet: true}},
		{"json/fixture.json", "json", Options{}},
		{"sarif/fixture.sarif", "sarif", Options{}},
		{"github/fixture.txt", "github", Options{}},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			first, summary := run.render(t, c.format, c.opts)
			second, _ := run.render(t, c.format, c.opts)
			if first != second {
				t.Fatalf("%s output differs between two runs over the same input", c.format)
			}
			checkGolden(t, c.golden, first)
			if c.format == "github" {
				checkGolden(t, "github/step-summary.md", summary)
			}
		})
	}
}
