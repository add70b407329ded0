package lint

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

func TestDecodeRuneAtAgreesWithUTF8(t *testing.T) {
	texts := []string{"a", "中", "é", "𠀋", "\xe0\xa0\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xed\x9f\xbf", "\xef\xbf\xbd",
		"\xe4\xb8", "\xe4", "\xff", "\xe4\xb8\xe4\xb8\xad", "\xc3", "\xf0\x9f\x98"}
	for lead := 0xE0; lead <= 0xEF; lead++ {
		for _, cont := range []byte{0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0} {
			texts = append(texts, string([]byte{byte(lead), cont, 0x80}))
		}
	}
	for _, s := range texts {
		for i := range len(s) {
			r, size := decodeRuneAt(s, i)
			wr, wsize := utf8.DecodeRuneInString(s[i:])
			if r != wr || size != wsize {
				t.Errorf("decodeRuneAt(%q, %d) = %U, %d; want %U, %d", s, i, r, size, wr, wsize)
			}
		}
	}
}

// TestTriggerTrieFindsEveryOccurrence: at a position, the trie reports
// every trigger whose literal occurs there, the nested ones included, and
// compares bytes, so a byte that is not UTF-8 does not match U+FFFD.
func TestTriggerTrieFindsEveryOccurrence(t *testing.T) {
	var tr triggerTrie
	for i, lit := range []string{"问题", "问", "问题和不足", "题", "\ufffd", "𠀋村", "x"} {
		tr.add(trigger{entry: i, literal: lit})
	}
	for _, tc := range []struct {
		text string
		want [][2]int // entry, offset
	}{
		{"存在问题和不足", [][2]int{{1, 6}, {0, 6}, {2, 6}, {3, 9}}},
		{"问题和", [][2]int{{1, 0}, {0, 0}, {3, 3}}},
		{"\xff\ufffd", [][2]int{{4, 1}}},
		{"𠀋村xx", [][2]int{{5, 0}, {6, 7}, {6, 8}}},
		{"", nil},
	} {
		var got [][2]int
		for off := 0; off < len(tc.text); {
			r, size := decodeRuneAt(tc.text, off)
			tr.each(tc.text, off, r, size, func(t *trigger) { got = append(got, [2]int{t.entry, off}) })
			off += size
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestEdgeTableKeepsEveryEdge fills the table past several growths and
// reads every edge back; absent edges read as 0.
func TestEdgeTableKeepsEveryEdge(t *testing.T) {
	var et edgeTable
	for node := int32(1); node <= 300; node++ {
		for r := rune(0x4E00); r < 0x4E00+10; r++ {
			et.put(node, r, node*100+r-0x4E00)
		}
	}
	for node := int32(1); node <= 300; node++ {
		for r := rune(0x4E00); r < 0x4E00+10; r++ {
			if got := et.get(node, r); got != node*100+r-0x4E00 {
				t.Fatalf("get(%d, %c) = %d", node, r, got)
			}
		}
		if got := et.get(node, 'x'); got != 0 {
			t.Fatalf("get(%d, x) = %d, want 0", node, got)
		}
	}
}
