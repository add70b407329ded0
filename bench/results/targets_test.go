package main

import (
	"strings"
	"testing"
)

// fakeReport builds a report whose gwlint and Vale measurements are given
// as (seconds, MB) per workload, with exit status 1 everywhere.
func fakeReport(g, v map[string][2]float64, growthMB float64) report {
	m := func(p [2]float64) measurement {
		return measurement{
			time: timing{times: []float64{p[0]}, exitCodes: []int{1}},
			rss:  rssRun{maxRSSKiB: int64(p[1] * 1e6 / 1024), exit: 1},
		}
	}
	r := report{growth: rssRun{maxRSSKiB: int64(growthMB * 1e6 / 1024), exit: 1}}
	for _, spec := range workloadSpecs {
		r.workloads = append(r.workloads, workload{workloadSpec: spec, tools: map[string]measurement{
			gwlintTool: m(g[spec.key]), valeTool: m(v[spec.key]),
		}})
	}
	return r
}

var vale = map[string][2]float64{"single": {0.026, 28}, "docs": {2.1, 144}, "big": {0.85, 269}}

// verdictFor returns the verdict whose requirement starts with prefix.
func verdictFor(t *testing.T, vs []verdict, prefix string) verdict {
	t.Helper()
	for _, v := range vs {
		if strings.HasPrefix(v.requirement, prefix) {
			return v
		}
	}
	t.Fatalf("no verdict starting %q in %+v", prefix, vs)
	return verdict{}
}

func TestEvaluateBoundaries(t *testing.T) {
	tests := []struct {
		name     string
		gwlint   map[string][2]float64
		growthMB float64
		prefix   string
		wantPass bool
	}{
		{"single at 100 ms passes", map[string][2]float64{"single": {0.100, 40}}, 60, "single: gwlint median wall time", true},
		{"single at 101 ms fails", map[string][2]float64{"single": {0.101, 40}}, 60, "single: gwlint median wall time", false},
		{"single at 81 MB fails", map[string][2]float64{"single": {0.05, 81}}, 60, "single: gwlint peak RSS", false},
		{"docs as fast as Vale passes", map[string][2]float64{"docs": {2.1, 100}}, 90, "docs: gwlint median", true},
		{"docs slower than Vale fails", map[string][2]float64{"docs": {2.2, 100}}, 90, "docs: gwlint median", false},
		{"docs at 251 MB fails", map[string][2]float64{"docs": {1, 251}}, 240, "docs: gwlint peak RSS", false},
		{"memory flat over files passes", map[string][2]float64{"docs": {1, 100}}, 80, "docs: memory does not grow", true},
		{"memory growing with files fails", map[string][2]float64{"docs": {1, 200}}, 40, "docs: memory does not grow", false},
		{"big at 2x Vale passes", map[string][2]float64{"big": {1.7, 300}}, 60, "big: gwlint median", true},
		{"big above 2x Vale fails", map[string][2]float64{"big": {1.8, 300}}, 60, "big: gwlint median", false},
		{"big at 401 MB fails", map[string][2]float64{"big": {1, 401}}, 60, "big: gwlint peak RSS", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := map[string][2]float64{"single": {0.05, 40}, "docs": {1, 100}, "big": {1, 300}}
			for k, p := range tt.gwlint {
				g[k] = p
			}
			got := verdictFor(t, evaluate(fakeReport(g, vale, tt.growthMB)), tt.prefix)
			if got.pass != tt.wantPass {
				t.Errorf("%s: pass = %v, want %v (measured %s)", got.requirement, got.pass, tt.wantPass, got.measured)
			}
		})
	}
}

func TestEvaluateFailsWorkloadWhereGwlintErred(t *testing.T) {
	g := map[string][2]float64{"single": {0.05, 40}, "docs": {1, 100}, "big": {0.1, 100}}
	r := fakeReport(g, vale, 90)
	big := r.workloads[2].tools[gwlintTool]
	big.time.exitCodes = []int{1, 2}
	r.workloads[2].tools[gwlintTool] = big
	vs := evaluate(r)
	for _, prefix := range []string{"big: both tools ran", "big: gwlint median", "big: gwlint peak RSS"} {
		if v := verdictFor(t, vs, prefix); v.pass {
			t.Errorf("%s passed although gwlint exited 2", v.requirement)
		}
	}
	if v := verdictFor(t, vs, "docs: gwlint median"); !v.pass {
		t.Errorf("docs failed because of big: %+v", v)
	}
}

func TestEvaluateRuleShare(t *testing.T) {
	tests := []struct {
		name     string
		bench    string
		wantPass bool
	}{
		{"19% passes", "BenchmarkRuleCorpus/a 1 19 ns/op\n" + strings.Repeat("BenchmarkRuleCorpus/b 1 13.5 ns/op\n", 6), true},
		{"exactly 20% fails", "BenchmarkRuleCorpus/a 1 20 ns/op\nBenchmarkRuleCorpus/b 1 20 ns/op\nBenchmarkRuleCorpus/c 1 20 ns/op\nBenchmarkRuleCorpus/d 1 20 ns/op\nBenchmarkRuleCorpus/e 1 20 ns/op\n", false},
		{"one dominant rule fails", "BenchmarkRuleCorpus/a 1 15 ns/op\nBenchmarkRuleCorpus/b 1 85 ns/op\n", false},
		{"no benchmark fails", "FAIL\tgithub.com/gwlint/gwlint/lint [build failed]\n", false},
	}
	g := map[string][2]float64{"single": {0.05, 40}, "docs": {1, 100}, "big": {1, 300}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := fakeReport(g, vale, 90)
			r.bench = parseGoBench(tt.bench)
			if v := verdictFor(t, evaluate(r), "slowest rule"); v.pass != tt.wantPass {
				t.Errorf("pass = %v, want %v (measured %s)", v.pass, tt.wantPass, v.measured)
			}
		})
	}
}
