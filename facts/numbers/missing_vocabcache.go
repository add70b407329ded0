package numbers

import (
	"reflect"
	"sync/atomic"

	"github.com/gwlint/gwlint/facts"
)

// gapVocabCache holds the vocabulary built from the last data section
// seen. The engine hands every document the same read-only data, and
// building the vocabulary (sorting and indexing some four hundred words)
// per document took a sixth of the extractor's time on a batch of short
// reports.
var gapVocabCache atomic.Pointer[gapVocabEntry]

type gapVocabEntry struct {
	// section is the data the vocabulary was built from. Holding it keeps
	// the map alive, so no other map can take its address while it is
	// cached and identity is a safe key.
	section map[string]any
	vocab   *gapVocab
}

// loadGapVocab returns the vocabulary of env's data, built once per data
// section rather than once per document.
func loadGapVocab(env *facts.Env) *gapVocab {
	d := numbersData(env, "missing_value")
	if e := gapVocabCache.Load(); e != nil && sameMap(e.section, d) {
		return e.vocab
	}
	v := newGapVocab(d)
	gapVocabCache.Store(&gapVocabEntry{section: d, vocab: v})
	return v
}

// sameMap reports whether a and b are the same map (not merely equal).
func sameMap(a, b map[string]any) bool {
	return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}
