package facts

import "sync"

// Memo holds what extractors derive from the data (a vocabulary indexed
// for lookup, say) once per engine rather than once per document: an
// engine hands every document the same read-only data, and rebuilding such
// an index per document cost a sixth of an extractor's time on a batch of
// short reports. A nil *Memo builds every time (tests, tools).
type Memo struct{ values sync.Map }

// Memoized returns the value env's memo holds under key, built by build
// on first use. Keys are namespaced by package ("numbers.gap_vocab"). Two
// goroutines may both build a value the first time; one result is kept.
func Memoized[T any](env *Env, key string, build func() T) T {
	var m *Memo
	if env != nil {
		m = env.Memo
	}
	if m == nil {
		return build()
	}
	if v, ok := m.values.Load(key); ok {
		return v.(T)
	}
	v, _ := m.values.LoadOrStore(key, build())
	return v.(T)
}
