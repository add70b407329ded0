package main

import "fmt"

// The performance targets of issue 6. Sizes are decimal megabytes.
const (
	singleMaxSeconds = 0.100
	singleMaxMB      = 80
	docsMaxRatio     = 1.0 // at least as fast as Vale
	docsMaxMB        = 250
	growthMaxRatio   = 1.5 // 10x the files may not cost much more memory
	bigMaxRatio      = 2.0
	bigMaxMB         = 400
	slowestRuleShare = 0.20
)

// verdict is one checked target.
type verdict struct {
	target      int // the target's number in issue 6 (4: rule evaluation)
	requirement string
	measured    string
	pass        bool
}

// evaluate checks every target against the report. A workload on which
// gwlint exited with an error fails all its targets: a run that stopped
// early proves nothing about speed.
func evaluate(r report) []verdict {
	var out []verdict
	for i, w := range r.workloads {
		g, v := w.tools[gwlintTool], w.tools[valeTool]
		target := i + 1
		out = append(out, verdict{
			target:      target,
			requirement: fmt.Sprintf("%s: both tools ran without error (exit 0 or 1)", w.key),
			measured:    fmt.Sprintf("worst exit status: gwlint %d, Vale %d", g.worstExit(), v.worstExit()),
			pass:        g.worstExit() <= 1 && v.worstExit() <= 1,
		})
		switch w.key {
		case "single":
			out = append(out,
				timeLimit(target, w.key, g, singleMaxSeconds),
				rssLimit(target, w.key, g, singleMaxMB))
		case "docs":
			out = append(out,
				ratioLimit(target, w.key, g, v, docsMaxRatio),
				rssLimit(target, w.key, g, docsMaxMB),
				growthLimit(target, g, r.growth))
		case "big":
			out = append(out,
				ratioLimit(target, w.key, g, v, bigMaxRatio),
				rssLimit(target, w.key, g, bigMaxMB))
		}
	}
	share := r.bench.slowestShare()
	measured := "benchmark did not run"
	if len(r.bench.rules) > 0 {
		measured = fmt.Sprintf("%s: %.1f%%", r.bench.rules[0].name, share*100)
	}
	return append(out, verdict{
		target:      4,
		requirement: fmt.Sprintf("slowest rule < %.0f%% of rule evaluation time", slowestRuleShare*100),
		measured:    measured,
		pass:        len(r.bench.rules) > 0 && share < slowestRuleShare,
	})
}

// worstExit is the worst exit status of the timed and the RSS runs.
func (m measurement) worstExit() int {
	return max(m.time.worstExit(), m.rss.exit)
}

func timeLimit(target int, key string, g measurement, maxSeconds float64) verdict {
	return verdict{
		target:      target,
		requirement: fmt.Sprintf("%s: gwlint median wall time ≤ %s", key, formatSeconds(maxSeconds)),
		measured:    formatSeconds(g.time.median()),
		pass:        g.worstExit() <= 1 && g.time.median() <= maxSeconds,
	}
}

func rssLimit(target int, key string, g measurement, maxMB float64) verdict {
	mb := megabytes(g.rss.maxRSSKiB)
	return verdict{
		target:      target,
		requirement: fmt.Sprintf("%s: gwlint peak RSS ≤ %.0f MB", key, maxMB),
		measured:    fmt.Sprintf("%.1f MB", mb),
		pass:        g.worstExit() <= 1 && mb <= maxMB,
	}
}

func ratioLimit(target int, key string, g, v measurement, maxRatio float64) verdict {
	ratio := timeRatio(g, v)
	return verdict{
		target:      target,
		requirement: fmt.Sprintf("%s: gwlint median ≤ %.1f× Vale's median", key, maxRatio),
		measured:    fmt.Sprintf("%s vs %s = %.2f×", formatSeconds(g.time.median()), formatSeconds(v.time.median()), ratio),
		pass:        g.worstExit() <= 1 && v.worstExit() <= 1 && ratio > 0 && ratio <= maxRatio,
	}
}

// growthLimit compares gwlint's peak RSS on all documents with its peak RSS
// on the first 100: memory that grew with the number of files would show
// as a ratio near 10.
func growthLimit(target int, all measurement, first100 rssRun) verdict {
	ratio := 0.0
	if first100.maxRSSKiB > 0 {
		ratio = float64(all.rss.maxRSSKiB) / float64(first100.maxRSSKiB)
	}
	return verdict{
		target:      target,
		requirement: fmt.Sprintf("docs: memory does not grow with files (RSS 1,000 docs ≤ %.1f× RSS 100 docs)", growthMaxRatio),
		measured:    fmt.Sprintf("%.1f MB vs %.1f MB = %.2f×", megabytes(all.rss.maxRSSKiB), megabytes(first100.maxRSSKiB), ratio),
		pass:        all.worstExit() <= 1 && first100.exit <= 1 && ratio > 0 && ratio <= growthMaxRatio,
	}
}

// timeRatio is gwlint's median wall time over Vale's, or 0 when Vale has no
// measured time.
func timeRatio(g, v measurement) float64 {
	if v.time.median() == 0 {
		return 0
	}
	return g.time.median() / v.time.median()
}

// rssRatio is gwlint's peak RSS over Vale's, or 0 when Vale's is unknown.
func rssRatio(g, v measurement) float64 {
	if v.rss.maxRSSKiB == 0 {
		return 0
	}
	return float64(g.rss.maxRSSKiB) / float64(v.rss.maxRSSKiB)
}
