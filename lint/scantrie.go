package lint

import "unicode/utf8"

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
	// edges holds the children of the other nodes, by node and character.
	edges edgeTable
}

type trieNode struct {
	// ends are the triggers that end at this node.
	ends []trigger
	// leaf is set when no trigger goes on past this node.
	leaf bool
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

// seal marks the leaves, once every trigger is added, so that the walk
// stops at a leaf without reading the next character.
func (tr *triggerTrie) seal() {
	for i := range tr.nodes {
		tr.nodes[i].leaf = true
	}
	for _, slot := range tr.edges.slots {
		if slot.child != 0 {
			tr.nodes[slot.node].leaf = false
		}
	}
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
	child := tr.edges.get(node, r)
	if child == 0 && create {
		child = tr.newNode()
		tr.edges.put(node, r, child)
	}
	return child
}

func (tr *triggerTrie) newNode() int32 {
	tr.nodes = append(tr.nodes, trieNode{})
	return int32(len(tr.nodes) - 1)
}

// rootChild returns the child of the root by r (0 for none).
func (tr *triggerTrie) rootChild(r rune) int32 {
	if r >= 0 && r < 0x10000 {
		return tr.bmp[r]
	}
	return tr.astral[r]
}

// each calls fn for every trigger occurring in hay at off whose first
// character is r, of size bytes. Triggers are compared with the text
// byte for byte: a byte that is not UTF-8 decodes to U+FFFD, but does
// not match a trigger's U+FFFD.
func (tr *triggerTrie) each(hay string, off int, r rune, size int, fn func(t *trigger)) {
	if (r == utf8.RuneError && size == 1) || tr.empty() {
		return
	}
	for node, pos := tr.rootChild(r), off+size; node != 0; {
		n := &tr.nodes[node]
		for i := range n.ends {
			fn(&n.ends[i])
		}
		if n.leaf || pos >= len(hay) {
			return
		}
		r, ok := threeByteRuneAt(hay, pos)
		size := 3
		if !ok {
			if r, size = decodeRuneAt(hay, pos); r == utf8.RuneError && size == 1 {
				return
			}
		}
		node = tr.edges.get(node, r)
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

// threeByteRuneAt decodes the three-byte character at byte i of s, if
// one of those decodeRuneAt decodes inline starts there. It is small
// enough for the compiler to inline, which decodeRuneAt, with its call
// out, is not: the trigger scan calls it for every character.
func threeByteRuneAt(s string, i int) (rune, bool) {
	if i+2 >= len(s) || !threeByteLead[s[i]] {
		return 0, false
	}
	c1, c2 := s[i+1], s[i+2]
	if c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
		return 0, false
	}
	return rune(s[i]&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), true
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
