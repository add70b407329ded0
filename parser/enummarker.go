package parser

import (
	"strings"
	"unicode/utf8"
)

// Run-in enumeration styles (Enumeration.Style, EnumerationItem.Style).
const (
	EnumShi     = "shi"     // 一是 二是 … 十是, 其一 其二
	EnumFirst   = "first"   // 首先 其次 再次 最后
	EnumDi      = "di"      // 第一， 第二、 第三是
	EnumCircled = "circled" // ① ② inside text
	EnumParen   = "paren"   // （1） (2) （一） inside text
)

// enumMarker is a run-in enumeration marker.
type enumMarker struct {
	style   string
	ordinal int
	length  int // bytes of the marker (一是, 其一, 首先, 第一, （1）)
	// last is set for 最后, whose ordinal is one past the item before it.
	last bool
}

// parseEnumMarker reads a word-style marker (shi, first, di) at the start
// of text. It says nothing about where text starts: callers check that the
// marker stands at a clause start (统一是 and 唯一是 hold 一是 but are words).
func parseEnumMarker(text string) (enumMarker, bool) {
	if n, size, ok := chineseOrdinal(text); ok && strings.HasPrefix(text[size:], "是") {
		return enumMarker{style: EnumShi, ordinal: n, length: size + len("是")}, true
	}
	if rest, ok := strings.CutPrefix(text, "其"); ok {
		if n, size, ok := chineseOrdinal(rest); ok && n <= 10 && endsOrdinalWord(rest[size:]) {
			length := len("其") + size
			return enumMarker{style: EnumShi, ordinal: n, length: length + copulaLen(text[length:])}, true
		}
	}
	if m, ok := parseFirstMarker(text); ok {
		return m, true
	}
	if rest, ok := strings.CutPrefix(text, "第"); ok {
		n, size, ok := chineseOrdinal(rest)
		if !ok {
			n, size, ok = arabicOrdinal(rest)
		}
		if ok && endsOrdinalWord(rest[size:]) {
			length := len("第") + size
			return enumMarker{style: EnumDi, ordinal: n, length: length + copulaLen(text[length:])}, true
		}
	}
	return enumMarker{}, false
}

// parseFirstMarker reads 首先, 其次, 再次 and 最后. 再次 means "again" unless
// a pause follows it (再次， / 再次是), and 最后一… / 最后的 are adjectives.
func parseFirstMarker(text string) (enumMarker, bool) {
	words := []struct {
		word    string
		ordinal int
	}{{"首先", 1}, {"其次", 2}, {"再次", 3}, {"最后", 0}}
	for _, w := range words {
		rest, ok := strings.CutPrefix(text, w.word)
		if !ok {
			continue
		}
		switch {
		case w.word == "再次" && !endsOrdinalWord(rest):
			return enumMarker{}, false
		case w.word == "最后" && (strings.HasPrefix(rest, "一") || strings.HasPrefix(rest, "的")):
			return enumMarker{}, false
		}
		length := len(w.word) + copulaLen(rest)
		return enumMarker{style: EnumFirst, ordinal: w.ordinal, length: length, last: w.ordinal == 0}, true
	}
	return enumMarker{}, false
}

// copulaLen is the length of a 是 right after an ordinal word: in 其次是 and
// 第三是 it belongs to the marker, as in 三是.
func copulaLen(rest string) int {
	if strings.HasPrefix(rest, "是") {
		return len("是")
	}
	return 0
}

// endsOrdinalWord reports text after an ordinal word (其一, 第一, 再次) that
// shows the word is a list marker: a pause, a colon, 是 or white space.
// 第一次 and 其一致 are words, not markers.
func endsOrdinalWord(rest string) bool {
	r := firstRune(rest)
	return r == '，' || r == ',' || r == '、' || isColon(r) || r == '是' || (r != 0 && isSpace(r))
}

// parseInlineListMarker reads a symbol-style marker used inside a
// paragraph: ① (circled) or （1） (一) (paren).
func parseInlineListMarker(text string) (enumMarker, bool) {
	r, size := utf8.DecodeRuneInString(text)
	if family, n := enclosedNumber(r); family == FamilyCircled {
		return enumMarker{style: EnumCircled, ordinal: n, length: size}, true
	}
	if m, ok := readParenMarker(text); ok && !m.missing {
		// The marker ends at its closing bracket; punctuation after it
		// belongs to the item text here.
		closing := strings.IndexAny(text, ")）")
		_, csize := utf8.DecodeRuneInString(text[closing:])
		return enumMarker{style: EnumParen, ordinal: m.ordinal, length: closing + csize}, true
	}
	return enumMarker{}, false
}
