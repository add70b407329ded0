package lint

import (
	"testing"
)

// TestSchedulerKeepsLargePartsApart: while a rule holding one large part
// runs, a rule that would bring another large part to life waits, and a
// light rule is handed out instead; once the first is done, the waiting
// rule runs.
func TestSchedulerKeepsLargePartsApart(t *testing.T) {
	paragraphs, duplicates, headings, dates := partKey{top: "paragraphs"}, partKey{"facts", "duplicates"}, partKey{top: "headings"}, partKey{"facts", "dates"}
	dp := &documentParts{parts: map[partKey]*inputPart{
		paragraphs: {size: 1000}, duplicates: {size: 1000}, headings: {size: 800}, dates: {size: 10},
	}}
	tasks := []ruleTask{
		{query: &ruleQuery{id: "dup"}, parts: []partKey{paragraphs, duplicates}},
		{query: &ruleQuery{id: "heading"}, parts: []partKey{paragraphs, headings}},
		{query: &ruleQuery{id: "light"}, parts: []partKey{paragraphs, dates}},
	}
	for _, task := range tasks {
		for _, k := range task.parts {
			dp.parts[k].readers.Add(1)
		}
	}
	s := newTaskScheduler(tasks, dp)
	if s.heavy[dates] || !s.heavy[headings] {
		t.Fatalf("large parts: %v", s.heavy)
	}
	first, _ := s.next()
	second, _ := s.next()
	if tasks[first].query.id != "dup" || tasks[second].query.id != "light" {
		t.Fatalf("handed out %s then %s, want dup then light", tasks[first].query.id, tasks[second].query.id)
	}
	release := func(i int) {
		for _, k := range tasks[i].parts {
			dp.parts[k].release()
		}
		s.done(i)
	}
	release(second)
	if s.admissible(&tasks[1]) {
		t.Fatal("the heading rule may start while the duplicates are alive")
	}
	release(first)
	third, ok := s.next()
	if !ok || tasks[third].query.id != "heading" {
		t.Fatalf("after dup, handed out %v (%v), want heading", third, ok)
	}
	release(third)
	if _, ok := s.next(); ok {
		t.Fatal("a task was handed out twice")
	}
}

// TestSchedulerNeverStalls: when every waiting rule would add a large
// part and nothing runs, the first one runs anyway.
func TestSchedulerNeverStalls(t *testing.T) {
	a, b := partKey{top: "paragraphs"}, partKey{top: "headings"}
	dp := &documentParts{parts: map[partKey]*inputPart{a: {size: 10}, b: {size: 10}}}
	tasks := []ruleTask{{query: &ruleQuery{id: "x"}, parts: []partKey{a}}, {query: &ruleQuery{id: "y"}, parts: []partKey{b}}}
	dp.parts[a].readers.Add(2) // a reader that never runs keeps a alive
	dp.parts[b].readers.Add(1)
	s := newTaskScheduler(tasks, dp)
	i, _ := s.next()
	dp.parts[a].release()
	s.done(i)
	j, ok := s.next()
	if !ok || tasks[j].query.id != "y" {
		t.Fatalf("the second rule did not run: %v %v", j, ok)
	}
}
