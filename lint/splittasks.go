package lint

import (
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// A rule that reports the elements of a list one by one (splitrule.go) is
// evaluated on a long document as several tasks, one per piece of its
// largest such list, so that the cores share it. The pieces' results are
// merged as one set, exactly what the single evaluation of the rule returns.

// splitMinElements is the list length from which a rule is evaluated in
// pieces: below it, the extra query costs more than the free core saves.
var splitMinElements = 4096

// splitRule is one rule evaluated in pieces on one document.
type splitRule struct {
	list   partKey
	pieces int

	mu   sync.Mutex
	left int   // pieces not finished
	raw  []any // the finished pieces' results
}

// splitTasks returns tasks with each task whose rule can be split on a
// list of at least splitMinElements elements replaced by one task per
// piece, side by side.
func splitTasks(tasks []ruleTask, dp *documentParts, pieces int) []ruleTask {
	if pieces < 2 {
		return tasks
	}
	out := make([]ruleTask, 0, len(tasks))
	for _, t := range tasks {
		list, ok := largestSplittable(t.query.lists, dp)
		if !ok {
			out = append(out, t)
			continue
		}
		s := &splitRule{list: list, pieces: pieces, left: pieces}
		for i := range pieces {
			piece := t
			piece.split, piece.piece = s, i
			out = append(out, piece)
		}
	}
	return out
}

// largestSplittable returns the longest of lists that is a part of the
// document's input (a tree list, a pattern list or a fact) with at least
// splitMinElements elements.
func largestSplittable(lists [][]string, dp *documentParts) (partKey, bool) {
	var best partKey
	size := splitMinElements - 1
	for _, path := range lists {
		var k partKey
		switch len(path) {
		case 1:
			k = partKey{top: path[0]}
		case 2:
			k = partKey{top: path[0], sub: path[1]}
		default:
			continue // inside a part: not cut
		}
		if p := dp.parts[k]; p != nil && p.size > size {
			best, size = k, p.size
		}
	}
	return best, size >= splitMinElements
}

// input is the task's input: the parts it reads, with its piece of the
// split list in place of the whole.
func (t *ruleTask) input(dp *documentParts) *ast.Term {
	if t.split == nil {
		return dp.inputFor(t.parts, nil)
	}
	return dp.inputFor(t.parts, func(k partKey, whole *ast.Term) *ast.Term {
		if k != t.split.list {
			return whole
		}
		return pieceOf(whole, t.piece, t.split.pieces)
	})
}

// pieceOf returns piece i of n of a list: consecutive elements, the pieces
// differing in length by one at most. A value that is not a list is
// returned whole (every piece then sees it, and the merge removes the
// repeated findings).
func pieceOf(list *ast.Term, i, n int) *ast.Term {
	arr, ok := list.Value.(*ast.Array)
	if !ok {
		return list
	}
	lo, hi := arr.Len()*i/n, arr.Len()*(i+1)/n
	elems := make([]*ast.Term, 0, hi-lo)
	for j := lo; j < hi; j++ {
		elems = append(elems, arr.Elem(j))
	}
	return ast.ArrayTerm(elems...)
}

// finish records one piece's results. For the last piece it returns the
// rule's results, merged as a set in the set's order as OPA returns them
// for the whole list; for the others, done is false.
func (s *splitRule) finish(raw []any) (merged []any, done bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.raw = append(s.raw, raw...)
	if s.left--; s.left > 0 {
		return nil, false
	}
	set := ast.NewSet()
	var others []any // results that are not terms are kept as they are
	for _, r := range s.raw {
		if t, ok := r.(*ast.Term); ok {
			set.Add(t)
		} else {
			others = append(others, r)
		}
	}
	s.raw = nil
	merged = make([]any, 0, set.Len()+len(others))
	set.Foreach(func(t *ast.Term) { merged = append(merged, t) })
	return append(merged, others...), true
}
