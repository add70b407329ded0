package main

import (
	"bufio"
	"slices"
	"strconv"
	"strings"
)

// benchLine is one result line of `go test -bench`.
type benchLine struct {
	name    string // without the "Benchmark" prefix
	nsPerOp float64
}

// goBench is the part of the lint package's benchmark output the report
// summarises: the whole-pipeline benchmark, and the rules evaluated over the
// team's documents, all together and each alone.
type goBench struct {
	lint     *benchLine  // Lint200Paragraphs
	allRules *benchLine  // RuleCorpus/all
	rules    []benchLine // RuleCorpus/<id>, slowest first
	failed   []string    // lines saying the benchmark could not run
}

// ruleBenchPrefix names the per-rule benchmark over the corpus documents
// (lint/bench_test.go BenchmarkRuleCorpus); its "all" case is every rule
// in one evaluation.
const (
	ruleBenchPrefix = "RuleCorpus/"
	allRulesCase    = "all"
)

// parseGoBench reads `go test -bench` output produced with -cpu 1, so that
// names carry no "-N" GOMAXPROCS suffix (a suffix could not be told apart
// from a rule id ending in a number, such as number/percent-over-100).
func parseGoBench(text string) goBench {
	var gb goBench
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "FAIL") || strings.HasPrefix(line, "--- FAIL") || strings.Contains(line, "[build failed]") || strings.Contains(line, "[setup failed]") {
			gb.failed = append(gb.failed, line)
			continue
		}
		b, ok := parseBenchLine(line)
		if !ok {
			continue
		}
		switch {
		case b.name == "Lint200Paragraphs":
			gb.lint = &b
		case b.name == ruleBenchPrefix+allRulesCase:
			gb.allRules = &b
		case strings.HasPrefix(b.name, ruleBenchPrefix):
			b.name = strings.TrimPrefix(b.name, ruleBenchPrefix)
			gb.rules = append(gb.rules, b)
		}
	}
	slices.SortStableFunc(gb.rules, func(a, b benchLine) int {
		switch {
		case a.nsPerOp > b.nsPerOp:
			return -1
		case a.nsPerOp < b.nsPerOp:
			return 1
		}
		return strings.Compare(a.name, b.name)
	})
	return gb
}

// parseBenchLine reads "BenchmarkName  N  123 ns/op  …".
func parseBenchLine(line string) (benchLine, bool) {
	fields := strings.Fields(line)
	if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") {
		return benchLine{}, false
	}
	for i := 2; i+1 < len(fields); i++ {
		if fields[i+1] != "ns/op" {
			continue
		}
		ns, err := strconv.ParseFloat(fields[i], 64)
		if err != nil {
			return benchLine{}, false
		}
		return benchLine{name: strings.TrimPrefix(fields[0], "Benchmark"), nsPerOp: ns}, true
	}
	return benchLine{}, false
}

// rulesTotal is the sum of the per-rule evaluation times: the evaluation
// time the rules share, each measured alone.
func (gb goBench) rulesTotal() float64 {
	total := 0.0
	for _, r := range gb.rules {
		total += r.nsPerOp
	}
	return total
}

// slowestShare returns the slowest rule's share of rulesTotal, or 0 when
// no rule was measured.
func (gb goBench) slowestShare() float64 {
	total := gb.rulesTotal()
	if len(gb.rules) == 0 || total == 0 {
		return 0
	}
	return gb.rules[0].nsPerOp / total
}
