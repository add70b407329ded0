package main

import (
	"math"
	"testing"
)

// The parsers read output of other programs, which may be truncated or
// garbled when a run is killed: they must never panic.

func FuzzParseGoBench(f *testing.F) {
	f.Add("BenchmarkRuleCorpus/a/b 10 123 ns/op\nBenchmarkLint200Paragraphs 1 5 ns/op 3 B/op\n")
	f.Add("Benchmark x ns/op\nFAIL\n")
	f.Fuzz(func(t *testing.T, s string) {
		gb := parseGoBench(s)
		for _, r := range gb.rules {
			if r.nsPerOp < 0 || math.IsNaN(r.nsPerOp) || math.IsInf(r.nsPerOp, 0) {
				return // garbage in: the share means nothing, but no panic
			}
		}
		if share := gb.slowestShare(); share < 0 || share > 1+1e-9 {
			t.Errorf("share %v outside [0, 1] for %q", share, s)
		}
	})
}

func FuzzParseTimeV(f *testing.F) {
	f.Add("\tMaximum resident set size (kbytes): 42\n\tExit status: 1\n")
	f.Add("Exit status: x\n")
	f.Fuzz(func(t *testing.T, s string) {
		run, err := parseTimeV(s)
		if err == nil && run.maxRSSKiB < 0 {
			t.Errorf("negative RSS without error for %q", s)
		}
	})
}
