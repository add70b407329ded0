package readertest

import (
	"strings"
	"testing"
	"time"
)

// benchmarkBytes is the size a benchmark reads per iteration: a long work
// report, so that the per-byte figure is not dominated by set-up.
const benchmarkBytes = 15000

// linearBudget is how long one pathological input may take. A linear
// reader needs milliseconds; a quadratic one needs seconds to minutes. The
// budget is generous so that a loaded machine passes.
const linearBudget = 2 * time.Second

// Benchmark reads sample, repeated to at least benchmarkBytes, once per
// iteration.
func (r Reader) Benchmark(b *testing.B, sample string) {
	b.Helper()
	in := strings.Repeat(sample, (benchmarkBytes+len(sample)-1)/len(sample))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := r.Read(in); err != nil {
			b.Fatal(err)
		}
	}
}

// CheckLinear reads each named input and fails the test when one takes
// longer than linearBudget. It is skipped in -short mode.
func (r Reader) CheckLinear(t *testing.T, inputs map[string]string) {
	t.Helper()
	if testing.Short() {
		t.Skip("slow in -short mode")
	}
	for name, in := range inputs {
		start := time.Now()
		if _, err := r.Read(in); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d := time.Since(start); d > linearBudget {
			t.Errorf("%s: %d bytes took %v", name, len(in), d)
		}
	}
}
