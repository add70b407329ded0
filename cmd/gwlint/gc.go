package main

import (
	"os"
	"runtime/debug"
)

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
		debug.SetMemoryLimit(160 << 20)
	}
}
