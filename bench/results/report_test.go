package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles creates files below dir from a name → content map.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func timeV(kib string, exit string) string {
	return "\tMaximum resident set size (kbytes): " + kib + "\n\tExit status: " + exit + "\n"
}

// TestReportFromRunDirectory feeds runReport the files bench/run.sh leaves
// behind and checks the Markdown it writes.
func TestReportFromRunDirectory(t *testing.T) {
	results, corpus := t.TempDir(), t.TempDir()
	writeFiles(t, corpus, map[string]string{
		"single/report-15k.txt": strings.Repeat("字", 5000),
		"docs/doc-0000.txt":     "一",
		"docs/doc-0001.txt":     "二二",
		"big/report-10m.txt":    "大",
	})
	files := map[string]string{
		"hyperfine-single.json":    `{"results":[{"command":"gwlint","times":[0.08,0.09,0.07],"exit_codes":[1,1,1]},{"command":"vale","times":[0.02],"exit_codes":[1]}]}`,
		"hyperfine-docs.json":      `{"results":[{"command":"gwlint","times":[1.0],"exit_codes":[1]},{"command":"vale","times":[2.0],"exit_codes":[1]}]}`,
		"hyperfine-big.json":       `{"results":[{"command":"gwlint","times":[3.0],"exit_codes":[2]},{"command":"vale","times":[1.0],"exit_codes":[1]}]}`,
		"gobench.txt":              "BenchmarkLint200Paragraphs 3 250000000 ns/op\nBenchmarkRuleCorpus/placeholder/unfilled 10 1000000 ns/op\nBenchmarkRuleCorpus/wording/typo 10 3000000 ns/op\n",
		"rss-gwlint-docs100-1.txt": timeV("60000", "1"),
	}
	for _, key := range []string{"single", "docs", "big"} {
		files["rss-gwlint-"+key+"-1.txt"] = timeV("50000", "1")
		files["rss-gwlint-"+key+"-2.txt"] = timeV("70000", "1")
		files["rss-vale-"+key+"-1.txt"] = timeV("30000", "1")
		files["out-gwlint-"+key+".json"] = `{"findings":[{"rule":"wording/typo"},{"rule":"artifact/hard-wrap"}]}`
		files["out-vale-"+key+".json"] = `{"x.txt":[{"Check":"Gwlint.Typo"}]}`
	}
	writeFiles(t, results, files)

	out := filepath.Join(t.TempDir(), "RESULTS.md")
	err := runReport([]string{"-results", results, "-corpus", corpus, "-out", out, "-quick",
		"-load-start", "0.50 0.40 0.30", "-vale-version", "vale version 3.26.0"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	md := string(data)
	for _, want := range []string{
		"Quick smoke run",
		"| docs | 1,000 documents, ~12 MB | 2 | 9 |", // files and bytes counted from the corpus
		"| single | one ~15 KB document, cold process | 1 | 15,000 |",
		"| single | 80.0 ms | 20.0 ms | 4.00× | 71.7 MB", // median of three runs, max of two RSS reports
		"| docs | 1.00 s | 2.00 s | 0.50× |",
		"| 1 | single: gwlint median wall time ≤ 100.0 ms | 80.0 ms | PASS |",
		"| 3 | big: both tools ran without error (exit 0 or 1) | worst exit status: gwlint 2, Vale 1 | **FAIL** |",
		"| docs | `wording/typo` | 1 | `Gwlint.Typo` | 1 |",
		"| docs | all rules | 2 | all rules | 1 |",
		"slowest rule `wording/typo`: 75.0% of the sum",
		"vale version 3.26.0",
		"at start 0.50 0.40 0.30",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("RESULTS.md lacks %q:\n%s", want, md)
		}
	}
}

func TestReportNeedsEveryWorkload(t *testing.T) {
	corpus := t.TempDir()
	writeFiles(t, corpus, map[string]string{"single/a.txt": "a", "docs/b.txt": "b", "big/c.txt": "c"})
	err := runReport([]string{"-results", t.TempDir(), "-corpus", corpus, "-out", filepath.Join(t.TempDir(), "R.md")})
	if err == nil || !strings.Contains(err.Error(), "hyperfine") {
		t.Errorf("err = %v, want a missing hyperfine export", err)
	}
}

func TestCheckRejectsSilentVale(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"g.json":      `{"findings":[{"rule":"placeholder/unfilled"},{"rule":"wording/typo"}]}`,
		"v-good.json": `{"a.txt":[{"Check":"Gwlint.Placeholder"},{"Check":"Gwlint.Typo"}]}`,
		"v-bad.json":  `{"a.txt":[{"Check":"Gwlint.Placeholder"}]}`,
	})
	var out bytes.Buffer
	if err := runCheck([]string{"-gwlint", filepath.Join(dir, "g.json"), "-vale", filepath.Join(dir, "v-good.json")}, &out); err != nil {
		t.Errorf("matching counts: %v", err)
	}
	if !strings.Contains(out.String(), "Gwlint.Typo") {
		t.Errorf("check printed no counts: %q", out.String())
	}
	err := runCheck([]string{"-gwlint", filepath.Join(dir, "g.json"), "-vale", filepath.Join(dir, "v-bad.json")}, &out)
	if err == nil || !strings.Contains(err.Error(), "Gwlint.Typo") {
		t.Errorf("err = %v, want Gwlint.Typo named as silent", err)
	}
}

func TestMarkdownWithoutRuleBenchmark(t *testing.T) {
	g := map[string][2]float64{"single": {0.05, 40}, "docs": {1, 100}, "big": {1, 300}}
	r := fakeReport(g, vale, 90)
	r.bench = parseGoBench("# github.com/gwlint/gwlint/lint\nFAIL\tgithub.com/gwlint/gwlint/lint [build failed]\n")
	var b strings.Builder
	if err := writeMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"The benchmark reported failures: `FAIL\tgithub.com/gwlint/gwlint/lint [build failed]`.",
		"The benchmark produced no results",
		"| 4 | slowest rule < 20% of rule evaluation time | benchmark did not run | **FAIL** |",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, b.String())
		}
	}
}
