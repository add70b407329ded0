package lint

import (
	"slices"
	"sync"
)

// The rules of a long document run on several goroutines, and each running
// rule keeps the parts of the input it reads alive. Left to run in list
// order, two rules with large parts of their own (the duplicate paragraphs
// for one, the headings and their numbering for the other) run side by
// side and their parts are alive together (on the 10 MB benchmark file,
// before the finding constructors stopped being memoised, that put the
// peak live heap at 396 MB instead of 303 MB). So a rule that would bring a large part to
// life waits while large parts it does not read are alive, and the free
// goroutine takes a later rule that adds no large part; when nothing else
// can run, the first waiting rule runs regardless, so every rule runs.

// heavyShare: a part is large when it holds at least this share of the
// elements of all parts of the document.
const heavyShare = 8 // one eighth

// taskScheduler hands out the tasks of one document to the goroutines.
type taskScheduler struct {
	mu      sync.Mutex
	ready   *sync.Cond
	tasks   []ruleTask
	pending []int // indexes of tasks not started, in order
	running int
	heavy   map[partKey]bool
	// live are the parts of tasks handed out whose readers have not all
	// finished: built, or about to be.
	live map[partKey]bool
	dp   *documentParts
}

func newTaskScheduler(tasks []ruleTask, dp *documentParts) *taskScheduler {
	s := &taskScheduler{tasks: tasks, heavy: map[partKey]bool{}, live: map[partKey]bool{}, dp: dp}
	s.ready = sync.NewCond(&s.mu)
	total := 0
	for _, p := range dp.parts {
		total += p.size
	}
	for k, p := range dp.parts {
		if p.size > 0 && p.size*heavyShare >= total {
			s.heavy[k] = true
		}
	}
	for i := range tasks {
		s.pending = append(s.pending, i)
	}
	return s
}

// next returns the index of the next task to run, or false when all have
// been handed out.
func (s *taskScheduler) next() (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.pending) > 0 {
		for j, i := range s.pending {
			if s.running == 0 || s.admissible(&s.tasks[i]) {
				s.pending = append(s.pending[:j], s.pending[j+1:]...)
				s.running++
				for _, k := range s.tasks[i].parts {
					s.live[k] = true
				}
				return i, true
			}
		}
		s.ready.Wait()
	}
	return 0, false
}

// done records that task i has finished and released its parts.
func (s *taskScheduler) done(i int) {
	s.mu.Lock()
	s.running--
	for _, k := range s.tasks[i].parts {
		if s.dp.parts[k].readers.Load() == 0 {
			delete(s.live, k)
		}
	}
	s.mu.Unlock()
	s.ready.Broadcast()
}

// admissible reports whether t may start now: it brings no large part to
// life, or every large part alive is one it reads.
func (s *taskScheduler) admissible(t *ruleTask) bool {
	addsHeavy := false
	for _, k := range t.parts {
		if s.heavy[k] && !s.live[k] {
			addsHeavy = true
		}
	}
	if !addsHeavy {
		return true
	}
	for k := range s.heavy {
		if s.live[k] && !t.reads(k) {
			return false
		}
	}
	return true
}

func (t *ruleTask) reads(k partKey) bool { return slices.Contains(t.parts, k) }
