package lint

// edgeTable maps (node, character) to a child node of the trigger trie:
// an open-addressing hash table in one flat slice. The trie walk looks up
// one edge per character read, and most lookups miss; a probe of one
// slice is cheaper than a Go map or a search of per-node edge lists (the
// node for 问 has dozens of children).
type edgeTable struct {
	slots []edgeSlot // len is a power of two
	used  int
}

type edgeSlot struct {
	node  int32 // 0: empty (the root's edges are not kept here)
	r     rune
	child int32
}

func edgeHash(node int32, r rune) uint64 {
	return (uint64(node)<<32 | uint64(uint32(r))) * 0x9E3779B97F4A7C15
}

// get returns the child of node by r, 0 for none.
func (t *edgeTable) get(node int32, r rune) int32 {
	if len(t.slots) == 0 {
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	for i := edgeHash(node, r) >> 32 & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.node == node && s.r == r {
			return s.child
		}
		if s.node == 0 {
			return 0
		}
	}
}

// put adds the edge node –r→ child; node must not be the root.
func (t *edgeTable) put(node int32, r rune, child int32) {
	if 2*(t.used+1) > len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	i := edgeHash(node, r) >> 32 & mask
	for t.slots[i].node != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = edgeSlot{node: node, r: r, child: child}
	t.used++
}

func (t *edgeTable) grow() {
	old := t.slots
	t.slots = make([]edgeSlot, max(64, 2*len(old)))
	t.used = 0
	for _, s := range old {
		if s.node != 0 {
			t.put(s.node, s.r, s.child)
		}
	}
}
