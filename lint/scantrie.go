package lint

import (
	"sort"
	"unicode/utf8"
)

// The built-in lists give some 4,600 triggers, and the first characters
// of Chinese literals are the commonest characters of the language: 问
// starts 151 triggers, 进 138, 下 111, and two thirds of a paragraph's
// characters start at least one. Comparing each trigger starting at a
// character with the text cost eight comparisons per character and half
// the matching time. A trie of the triggers, keyed by character, reads
// the text after a position only as far as some trigger still agrees
// with it, usually one or two characters.

// triggerTrie finds the triggers that occur at a position of a text.
type triggerTrie struct {
	// nodes[0] is the root; a node's children are reached by the next
	// character of a trigger.
	nodes []trieNode
	// bmp holds, for a character below U+10000, its child of the root
	// (0 for none): a paragraph's characters are looked up one by one,
	// and an array index is far cheaper than a map lookup.
	bmp []int32
	// astral holds the root's children for the characters above.
	astral map[rune]int32
}

type trieNode struct {
	// edges are the node's children, sorted by character.
	edges []trieEdge
	// ends are the triggers that end at this node.
	ends []trigger
}

type trieEdge struct {
	r    rune
	node int32
}

func (tr *triggerTrie) empty() bool { return len(tr.nodes) <= 1 }

// add inserts a trigger; its literal must not be empty.
func (tr *triggerTrie) add(t trigger) {
	if tr.nodes == nil {
		tr.nodes = []trieNode{{}}
		tr.bmp = make([]int32, 0x10000)
		tr.astral = map[rune]int32{}
	}
	node := int32(0)
	for _, r := range t.literal {
		node = tr.child(node, r, true)
	}
	tr.nodes[node].ends = append(tr.nodes[node].ends, t)
}

// child returns the child of node by r, creating it when asked to; 0
// means none.
func (tr *triggerTrie) child(node int32, r rune, create bool) int32 {
	if node == 0 {
		if r >= 0 && r < 0x10000 {
			if tr.bmp[r] == 0 && create {
				tr.bmp[r] = tr.newNode()
			}
			return tr.bmp[r]
		}
		if _, ok := tr.astral[r]; !ok && create {
			tr.astral[r] = tr.newNode()
		}
		return tr.astral[r]
	}
	edges := tr.nodes[node].edges
	i := sort.Search(len(edges), func(i int) bool { return edges[i].r >= r })
	if i < len(edges) && edges[i].r == r {
		return edges[i].node
	}
	if !create {
		return 0
	}
	child := tr.newNode()
	edges = tr.nodes[node].edges // newNode may have moved the nodes
	edges = append(edges, trieEdge{})
	copy(edges[i+1:], edges[i:])
	edges[i] = trieEdge{r, child}
	tr.nodes[node].edges = edges
	return child
}

func (tr *triggerTrie) newNode() int32 {
	tr.nodes = append(tr.nodes, trieNode{})
	return int32(len(tr.nodes) - 1)
}

// next returns the child of an inner node by r (0 for none). Most nodes
// have a handful of children, for which a linear scan beats a binary
// search.
func (tr *triggerTrie) next(node int32, r rune) int32 {
	if node == 0 {
		return tr.child(0, r, false)
	}
	for _, e := range tr.nodes[node].edges {
		if e.r >= r {
			if e.r == r {
				return e.node
			}
			return 0
		}
	}
	return 0
}

// each calls fn for every trigger occurring in hay at off whose first
// character is r, of size bytes. Triggers are compared with the text
// byte for byte: a byte that is not UTF-8 decodes to U+FFFD, but does
// not match a trigger's U+FFFD.
func (tr *triggerTrie) each(hay string, off int, r rune, size int, fn func(t *trigger)) {
	if (r == utf8.RuneError && size == 1) || tr.empty() {
		return
	}
	var node int32
	if r >= 0 && r < 0x10000 {
		node = tr.bmp[r]
	} else {
		node = tr.astral[r]
	}
	for pos := off + size; node != 0; {
		for i := range tr.nodes[node].ends {
			fn(&tr.nodes[node].ends[i])
		}
		if len(tr.nodes[node].edges) == 0 || pos >= len(hay) {
			return
		}
		r, size := decodeRuneAt(hay, pos)
		if r == utf8.RuneError && size == 1 {
			return
		}
		node = tr.next(node, r)
		pos += size
	}
}

// decodeRuneAt is utf8.DecodeRuneInString(s[i:]) with ASCII and the
// three-byte characters (Han characters, CJK and full-width punctuation:
// nearly every character of a Chinese document) decoded inline; the
// standard decoder calls out for everything but ASCII.
func decodeRuneAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	if i+2 < len(s) && threeByteLead[s[i]] && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// threeByteLead marks the lead bytes of three-byte characters for which any
// two continuation bytes make a valid character: E1–EC and EE–EF. E0 and
// ED restrict their second byte (against overlong forms and surrogates)
// and are left to the standard decoder, so decodeRuneAt agrees with it on
// any input.
var threeByteLead = func() [256]bool {
	var set [256]bool
	for c := 0xE1; c <= 0xEF; c++ {
		set[c] = c != 0xED
	}
	return set
}()
