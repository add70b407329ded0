package main

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestParseTimeV(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantKiB  int64
		wantExit int
		wantErr  bool
	}{
		{
			name: "findings exit 1",
			in: "Command exited with non-zero status 1\n\tCommand being timed: \"gwlint lint x.txt\"\n" +
				"\tMaximum resident set size (kbytes): 42180\n\tExit status: 1\n",
			wantKiB: 42180, wantExit: 1,
		},
		{
			name:    "killed by a signal has no exit status line",
			in:      "Command terminated by signal 9\n\tMaximum resident set size (kbytes): 900\n",
			wantKiB: 900, wantExit: 128,
		},
		{name: "no RSS line", in: "\tExit status: 0\n", wantErr: true},
		{name: "garbled RSS", in: "\tMaximum resident set size (kbytes): lots\n", wantErr: true},
		{name: "negative RSS", in: "\tMaximum resident set size (kbytes): -5\n", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseTimeV(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if got.maxRSSKiB != tt.wantKiB || got.exit != tt.wantExit {
				t.Errorf("got %+v, want %d KiB exit %d", got, tt.wantKiB, tt.wantExit)
			}
		})
	}
}

func TestPeakRSSTakesMaximumAndWorstExit(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i, body := range []string{
		"Maximum resident set size (kbytes): 100\nExit status: 1\n",
		"Maximum resident set size (kbytes): 300\nExit status: 0\n",
		"Maximum resident set size (kbytes): 200\nExit status: 2\n",
	} {
		p := filepath.Join(dir, string(rune('a'+i))+".txt")
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	got, err := peakRSS(paths)
	if err != nil {
		t.Fatal(err)
	}
	if got.maxRSSKiB != 300 || got.exit != 2 {
		t.Errorf("got %+v, want 300 KiB and exit 2", got)
	}
	if _, err := peakRSS(nil); err == nil {
		t.Error("no reports: want an error")
	}
}

func TestTimingMedianAndExit(t *testing.T) {
	tests := []struct {
		times []float64
		want  float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
	}
	for _, tt := range tests {
		if got := (timing{times: tt.times}).median(); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.times, got, tt.want)
		}
	}
	if got := (timing{exitCodes: []int{1, 2, 0}}).worstExit(); got != 2 {
		t.Errorf("worstExit = %d, want 2", got)
	}
}

func TestReadHyperfine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.json")
	export := `{"results":[
	  {"command":"gwlint","mean":0.2,"times":[0.3,0.1,0.2],"exit_codes":[1,1,null]},
	  {"command":"vale","times":[0.05,0.07],"exit_codes":[1,1]}]}`
	if err := os.WriteFile(path, []byte(export), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readHyperfine(path)
	if err != nil {
		t.Fatal(err)
	}
	g, v := got["gwlint"], got["vale"]
	if g.median() != 0.2 || math.Abs(v.median()-0.06) > 1e-12 {
		t.Errorf("medians %v %v, want 0.2 and 0.06", g.median(), v.median())
	}
	if g.worstExit() != 128 {
		t.Errorf("a run ended by a signal (null exit code) must count as failed, got worst exit %d", g.worstExit())
	}
	if _, err := readHyperfine(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("missing export: want an error")
	}
}

func TestParseGoBench(t *testing.T) {
	out := `goos: linux
goarch: amd64
pkg: github.com/gwlint/gwlint/lint
BenchmarkLint200Paragraphs 	       3	 250000000 ns/op	   0.40 MB/s	 1000 B/op	 10 allocs/op
BenchmarkRuleCorpus/all                          	      10	   8000000 ns/op
BenchmarkRuleCorpus/placeholder/unfilled         	      10	   2000000 ns/op
BenchmarkRuleCorpus/number/percent-over-100      	      10	   6000000 ns/op
BenchmarkRuleCorpus/wording/typo                 	      10	   2000000 ns/op
PASS
ok  	github.com/gwlint/gwlint/lint	12.3s
`
	gb := parseGoBench(out)
	if gb.lint == nil || gb.lint.nsPerOp != 250e6 {
		t.Fatalf("Lint200Paragraphs = %+v, want 250 ms", gb.lint)
	}
	if len(gb.rules) != 3 {
		t.Fatalf("rules = %+v, want 3 (the all case is not a rule)", gb.rules)
	}
	if gb.allRules == nil || gb.allRules.nsPerOp != 8e6 {
		t.Errorf("all rules = %+v, want 8 ms", gb.allRules)
	}
	if gb.rules[0].name != "number/percent-over-100" {
		t.Errorf("slowest = %q, want number/percent-over-100 (suffix-like digits kept)", gb.rules[0].name)
	}
	if gb.rules[1].name != "placeholder/unfilled" || gb.rules[2].name != "wording/typo" {
		t.Errorf("ties not ordered by name: %+v", gb.rules)
	}
	if got := gb.slowestShare(); got != 0.6 {
		t.Errorf("slowest share = %v, want 0.6", got)
	}
	if len(gb.failed) != 0 {
		t.Errorf("failed = %q, want none", gb.failed)
	}

	broken := parseGoBench("# github.com/gwlint/gwlint/lint\nlint/x.go:1:1: syntax error\nFAIL\tgithub.com/gwlint/gwlint/lint [build failed]\n")
	if len(broken.failed) != 1 || broken.lint != nil || broken.slowestShare() != 0 {
		t.Errorf("build failure parsed as %+v", broken)
	}
}

func TestCounts(t *testing.T) {
	g, err := countGwlint([]byte(`{"findings":[{"rule":"wording/typo"},{"rule":"wording/typo"},{"rule":"placeholder/unfilled"}],"files":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	v, err := countVale([]byte(`{"a.txt":[{"Check":"Gwlint.Typo"}],"b.txt":[{"Check":"Gwlint.Typo"},{"Check":"Gwlint.Placeholder"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if g.total != 3 || g.byRule["wording/typo"] != 2 || v.total != 3 || v.byRule["Gwlint.Typo"] != 2 {
		t.Errorf("counts gwlint %+v, Vale %+v", g, v)
	}
	if silent := silentValeRules(g, v); len(silent) != 0 {
		t.Errorf("silent = %q, want none", silent)
	}
	quiet, _ := countVale([]byte(`{}`))
	silent := silentValeRules(g, quiet)
	if len(silent) != 2 || silent[0] != "Gwlint.Placeholder" || silent[1] != "Gwlint.Typo" {
		t.Errorf("silent = %q, want the placeholder and typo rules (empty-pair found nothing in gwlint either)", silent)
	}
	if _, err := countGwlint([]byte("not json")); err == nil {
		t.Error("bad gwlint JSON: want an error")
	}
}

func TestMachineParsers(t *testing.T) {
	if got := cpuModel("processor\t: 0\nmodel name\t: AMD EPYC 7B13\nprocessor\t: 1\nmodel name\t: other\n"); got != "AMD EPYC 7B13" {
		t.Errorf("cpuModel = %q", got)
	}
	if got := memTotal("MemTotal:       25165824 kB\nMemFree: 1 kB\n"); got != "24.0 GiB" {
		t.Errorf("memTotal = %q", got)
	}
	if got := loadAverage("4.69 7.13 6.79 3/812 12345\n"); got != "4.69 7.13 6.79" {
		t.Errorf("loadAverage = %q", got)
	}
	if got := loadAverage(""); got != "" {
		t.Errorf("loadAverage of nothing = %q", got)
	}
}
