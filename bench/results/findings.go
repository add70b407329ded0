package main

import (
	"encoding/json"
	"fmt"
	"os"
)

// comparedRule pairs a gwlint rule with the Vale rule of bench/vale that
// reimplements it. Their counts on the same files show whether the two
// tools did comparable work.
type comparedRule struct {
	gwlint, vale string
}

var comparedRules = []comparedRule{
	{gwlint: "placeholder/unfilled", vale: "Gwlint.Placeholder"},
	{gwlint: "wording/typo", vale: "Gwlint.Typo"},
	{gwlint: "punctuation/empty-pair", vale: "Gwlint.EmptyPair"},
}

// findingCounts is the number of findings per rule id, plus the total.
type findingCounts struct {
	byRule map[string]int
	total  int
}

// countGwlint counts the findings of a `gwlint lint --format json` output.
func countGwlint(data []byte) (findingCounts, error) {
	var out struct {
		Findings []struct {
			Rule string `json:"rule"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return findingCounts{}, fmt.Errorf("parse gwlint JSON: %w", err)
	}
	c := findingCounts{byRule: map[string]int{}}
	for _, f := range out.Findings {
		c.byRule[f.Rule]++
		c.total++
	}
	return c, nil
}

// countVale counts the alerts of a `vale --output=JSON` output, an object
// mapping each file to its alerts.
func countVale(data []byte) (findingCounts, error) {
	var out map[string][]struct {
		Check string `json:"Check"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return findingCounts{}, fmt.Errorf("parse Vale JSON: %w", err)
	}
	c := findingCounts{byRule: map[string]int{}}
	for _, alerts := range out {
		for _, a := range alerts {
			c.byRule[a.Check]++
			c.total++
		}
	}
	return c, nil
}

// readCounts reads and counts one tool's output file.
func readCounts(path string, count func([]byte) (findingCounts, error)) (findingCounts, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return findingCounts{}, fmt.Errorf("read linter output: %w", err)
	}
	c, err := count(data)
	if err != nil {
		return findingCounts{}, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// silentValeRules returns the Vale rules that reported nothing. A Vale rule
// that finds nothing on a corpus where gwlint's twin does is misconfigured,
// and a misconfigured Vale is fast for the wrong reason.
func silentValeRules(g, v findingCounts) []string {
	var silent []string
	for _, r := range comparedRules {
		if v.byRule[r.vale] == 0 && g.byRule[r.gwlint] > 0 {
			silent = append(silent, r.vale)
		}
	}
	return silent
}
