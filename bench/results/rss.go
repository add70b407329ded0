package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// rssRun is what `/usr/bin/time -v` reported for one run.
type rssRun struct {
	maxRSSKiB int64
	exit      int
}

// parseTimeV reads the report GNU time writes with -v. It needs the
// "Maximum resident set size (kbytes)" line; the exit status line is absent
// when the command was killed by a signal, which counts as a failure.
func parseTimeV(text string) (rssRun, error) {
	run := rssRun{maxRSSKiB: -1, exit: 128}
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		key, value, ok := strings.Cut(strings.TrimSpace(sc.Text()), ": ")
		if !ok {
			continue
		}
		switch key {
		case "Maximum resident set size (kbytes)":
			n, err := strconv.ParseInt(strings.TrimSpace(value), 10, 64)
			if err != nil || n < 0 {
				return run, fmt.Errorf("maximum resident set size %q is not a size", value)
			}
			run.maxRSSKiB = n
		case "Exit status":
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil {
				return run, fmt.Errorf("exit status %q: %w", value, err)
			}
			run.exit = n
		}
	}
	if run.maxRSSKiB < 0 {
		return run, fmt.Errorf("no maximum resident set size in GNU time output")
	}
	return run, nil
}

// peakRSS reads several GNU time reports of the same command and returns
// the largest peak RSS and the worst exit status among them. Taking the
// maximum, not the median, is deliberate: a memory target is a ceiling.
func peakRSS(paths []string) (rssRun, error) {
	if len(paths) == 0 {
		return rssRun{}, fmt.Errorf("no GNU time reports")
	}
	peak := rssRun{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return rssRun{}, fmt.Errorf("read GNU time report: %w", err)
		}
		run, err := parseTimeV(string(data))
		if err != nil {
			return rssRun{}, fmt.Errorf("%s: %w", path, err)
		}
		peak.maxRSSKiB = max(peak.maxRSSKiB, run.maxRSSKiB)
		peak.exit = max(peak.exit, run.exit)
	}
	return peak, nil
}

// megabytes converts KiB (GNU time's unit) to decimal megabytes, the unit
// the targets are stated in.
func megabytes(kib int64) float64 {
	return float64(kib) * 1024 / 1e6
}
