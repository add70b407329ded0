package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
)

// timing is what one hyperfine command measured: wall times of the timed
// runs (warm-up runs excluded) and their exit codes.
type timing struct {
	name      string
	times     []float64 // seconds
	exitCodes []int
}

// median returns the median wall time in seconds, or 0 without runs.
func (t timing) median() float64 {
	if len(t.times) == 0 {
		return 0
	}
	s := slices.Clone(t.times)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// worstExit returns the highest exit code seen, so that a run that failed
// with an error (2) is not hidden behind runs that found problems (1).
func (t timing) worstExit() int {
	worst := 0
	for _, c := range t.exitCodes {
		worst = max(worst, c)
	}
	return worst
}

// hyperfineExport is the part of `hyperfine --export-json` this tool reads.
// The command field holds the name given with -n.
type hyperfineExport struct {
	Results []struct {
		Command   string    `json:"command"`
		Times     []float64 `json:"times"`
		ExitCodes []*int    `json:"exit_codes"`
	} `json:"results"`
}

// readHyperfine returns the timings of a hyperfine JSON export by command
// name.
func readHyperfine(path string) (map[string]timing, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read hyperfine export: %w", err)
	}
	var export hyperfineExport
	if err := json.Unmarshal(data, &export); err != nil {
		return nil, fmt.Errorf("parse hyperfine export %s: %w", path, err)
	}
	out := make(map[string]timing, len(export.Results))
	for _, r := range export.Results {
		t := timing{name: r.Command, times: r.Times}
		for _, c := range r.ExitCodes {
			// hyperfine writes null for a run ended by a signal; count it
			// as a failure, never as success.
			code := 128
			if c != nil {
				code = *c
			}
			t.exitCodes = append(t.exitCodes, code)
		}
		out[r.Command] = t
	}
	return out, nil
}
