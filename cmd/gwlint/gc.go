package main

import (
	"os"
	"runtime/debug"

	"github.com/gwlint/gwlint/lint"
)

// baseMemoryLimit is the soft memory limit of a run over ordinary
// documents: the rules, word lists and segmentation dictionary (~40 MB)
// plus a few documents in flight per core.
const baseMemoryLimit = 160 << 20

// heapPerTextByte is the room a long document gets above the base, per
// byte of its text. A 10 MB report (bench/corpus big) peaks at ~27 bytes
// live per byte of text, most of it the parsed document, the parts of the
// rule input alive at once and the findings of the rule with the most; the
// long-document path (lint/parallel.go) keeps that bounded. With 18 the
// limit sits at 340 MB for that file, ~70 MB above the peak: peak RSS ~370 MB
// for ~15% more CPU than an unbounded heap (520 MB).
const heapPerTextByte = 18

// tuneGC trades memory for speed in a short-lived process: a gwlint run
// allocates a burst while it loads rules, word lists and the segmentation
// dictionary, and most of that stays live, so collecting at the default
// GOGC=100 mostly rescans live data. A higher GOGC with a soft memory limit
// keeps collections rare while the heap is small and brings them back as it
// approaches the limit, so a run over thousands of documents stays
// bounded. GOGC or GOMEMLIMIT in the environment take precedence.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(baseMemoryLimit)
	}
}

// fitMemoryLimit raises the soft limit for a run that includes a long file.
// A limit below the live heap does not save memory: the collector runs
// back to back and the run takes several times as long (a 10 MB file took
// 15 s of CPU instead of 5). So the limit leaves room for the largest file
// on top of the base.
func fitMemoryLimit(targets []lint.Target) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	var largest int64
	for _, t := range targets {
		if t.Stdin {
			continue
		}
		if info, err := os.Stat(t.Path); err == nil && info.Size() > largest {
			largest = info.Size()
		}
	}
	debug.SetMemoryLimit(baseMemoryLimit + heapPerTextByte*largest)
}
