package facts

import (
	"sync"
	"testing"
)

func TestMemoizedBuildsOncePerKey(t *testing.T) {
	env := &Env{Memo: &Memo{}}
	builds := 0
	build := func() int { builds++; return builds }
	if a, b := Memoized(env, "k", build), Memoized(env, "k", build); a != 1 || b != 1 || builds != 1 {
		t.Errorf("got %d and %d after %d builds, want 1, 1, 1", a, b, builds)
	}
	if c := Memoized(env, "other", build); c != 2 {
		t.Errorf("another key got %d, want a new build", c)
	}
	if d := Memoized(&Env{}, "k", build); d != 3 {
		t.Errorf("an Env without a memo got %d, want a new build", d)
	}
	if e := Memoized[int](nil, "k", build); e != 4 {
		t.Errorf("a nil Env got %d, want a new build", e)
	}
}

func TestMemoizedIsSafeForConcurrentUse(t *testing.T) {
	env := &Env{Memo: &Memo{}}
	var wg sync.WaitGroup
	got := make([]*int, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = Memoized(env, "k", func() *int { return new(int) })
		}()
	}
	wg.Wait()
	for _, p := range got[1:] {
		if p != got[0] {
			t.Fatal("goroutines got different values for one key")
		}
	}
}
