package markdown

import (
	"strings"
	"unicode"
)

// Emphasis follows CommonMark's flanking rules with changes made for
// Chinese documents, where runs of * are template placeholders (***年,
// 共**人, 书记***担任, ****年*月**日) that gwlint must see, and where a
// CommonMark renderer would pair two placeholders into bold text:
//
//   - a run of * or _ is a placeholder, never markup, when it is longer than
//     3, when it touches a CJK character and is not exactly 2 long (Chinese
//     typography has no italics, so *…* and ***…*** next to Chinese are
//     placeholders), or when a unit of counting or dating (年 月 日 人 个 …)
//     follows it;
//   - a block that holds a placeholder run of a character is template
//     text: no run of that character in it is markup;
//   - an opener and its closer must be runs of the same length (~~ only);
//   - punctuation next to a run does not stop it from flanking when the
//     character on its other side is CJK, so **“重点”**工作 is bold, as in
//     the CJK-friendly emphasis extensions of markdown-it and remark.

// placeholderUnits are the characters that follow a number in Chinese
// documents, and so follow a run of * that stands for a deleted number.
const placeholderUnits = "年月日时分秒人名个位次元万亿岁号届期天"

// newDelimiter classifies the run text[start:end] of c inside text[s:e].
func newDelimiter(text string, c byte, start, end, s, e int) inlineItem {
	it := inlineItem{start: start, end: end, delim: c}
	n := end - start
	prev, next := runeBefore(text, s, start), runeAt(text, end, e)
	if c == '~' {
		if n != 2 {
			it.delim = 0
			return it
		}
	} else if n > 3 || (n != 2 && (isWide(prev) || isWide(next))) || strings.ContainsRune(placeholderUnits, next) {
		it.placeholder = true
		return it
	}
	left := !unicode.IsSpace(next) && (!isPunct(next) || unicode.IsSpace(prev) || isPunct(prev) || isWide(prev))
	right := !unicode.IsSpace(prev) && (!isPunct(prev) || unicode.IsSpace(next) || isPunct(next) || isWide(next))
	if c == '_' {
		// Underscores inside a word are text: snake_case.
		it.canOpen = left && (!right || isPunct(prev))
		it.canClose = right && (!left || isPunct(next))
	} else {
		it.canOpen, it.canClose = left, right
	}
	return it
}

// resolveEmphasis marks the delimiter runs that pair up as markup. Each
// closer pairs with the nearest open run of the same character and length,
// unless the items hold a placeholder run of that character;
// runs between a pair can no longer pair with anything, as in CommonMark.
// Keeping one stack per kind of run makes this linear.
func resolveEmphasis(items []inlineItem) {
	var templateText [3]bool
	for _, it := range items {
		if it.placeholder {
			templateText[strings.IndexByte("*_~", it.delim)] = true
		}
	}
	var stacks [9][]int
	key := func(it inlineItem) int {
		return strings.IndexByte("*_~", it.delim)*3 + it.end - it.start - 1
	}
	for i := range items {
		it := &items[i]
		if it.delim == 0 || (!it.canOpen && !it.canClose) || templateText[strings.IndexByte("*_~", it.delim)] {
			continue
		}
		k := key(*it)
		if st := stacks[k]; it.canClose && len(st) > 0 {
			opener := st[len(st)-1]
			items[opener].markup, it.markup = true, true
			for j := range stacks {
				stacks[j] = dropAbove(stacks[j], opener)
			}
			continue
		}
		if it.canOpen {
			stacks[k] = append(stacks[k], i)
		}
	}
}

// dropAbove removes the indexes at or above i from the stack.
func dropAbove(stack []int, i int) []int {
	n := len(stack)
	for n > 0 && stack[n-1] >= i {
		n--
	}
	return stack[:n]
}

// isPunct reports whether c is punctuation or a symbol in CommonMark's
// sense, which covers Chinese punctuation such as ，。“”.
func isPunct(c rune) bool {
	return unicode.IsPunct(c) || unicode.IsSymbol(c)
}

// isWide reports whether c belongs to CJK text.
func isWide(c rune) bool {
	switch {
	case unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo):
		return true
	case c >= 0x3000 && c <= 0x303F, c >= 0xFF00 && c <= 0xFFEF, c >= 0xFE30 && c <= 0xFE4F:
		return true
	}
	return false
}
