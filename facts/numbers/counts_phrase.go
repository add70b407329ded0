package numbers

import (
	"strings"
	"unicode/utf8"
)

// countPhrase is a numeral and classifier that may announce a list, in
// paragraph offsets.
type countPhrase struct {
	start, end int // numeral through classifier
	textEnd    int // end of the shown text (classifier plus up to two characters)
	count      int
	classifier string
	chinese    bool // written in Chinese numerals (三项, not 3项)
}

// countClassifiers are the measure words that count the items of a list,
// longest first. Durations and times (天, 年, 次) are left out: 三天的培训 is
// a length, not a list.
var countClassifiers = newWordIndex([]string{
	"个方面", "个阶段", "个环节", "个层面", "个领域", "方面", "环节", "阶段",
	"个", "项", "点", "条", "大", "方", "种", "类", "件", "家", "位", "名", "篇", "场", "步", "批", "句",
})

// countCollective are the classifiers that, right after a 、 list without
// 等, give the size of the list (劳动、工会、企业三方; 竹木加工、茶叶种植两大产业).
// After a list, 三十家 or 五名 more often count the things named (走访企业、
// 社区三十家), so those are not read as list sizes.
var countCollective = map[string]bool{
	"个方面": true, "个阶段": true, "个环节": true, "方面": true, "环节": true, "阶段": true,
	"大": true, "方": true, "项": true, "类": true, "种": true, "点": true, "个": true,
}

// countReferenceLeads are words before a numeral that make it refer to
// something already said or to a part (这两篇文章, 以上三点, 第三条, 每个),
// or make it a quantity (达五个, 约三项), not an announcement.
var countReferenceLeads = newWordIndex([]string{
	"上述", "以上", "前述", "上面", "前面", "这", "那", "此", "该", "第", "前", "后", "其", "每", "各", "近", "约", "达", "逾", "超过", "不足",
})

// countMaxStated bounds the counts read as list announcements; larger
// numbers are quantities.
const countMaxStated = 30

// countPhrases finds the numeral-and-classifier phrases of a paragraph's
// simplified text that could announce a list.
func countPhrases(s string) []countPhrase {
	var (
		out    []countPhrase
		quoted [][2]int
		seen   bool // quoted is computed
	)
	for i := 0; ; {
		// A character that starts no numeral starts no count either
		// (countNumeralStarts is a subset): step over it at once.
		var size int
		if i, _, size = numeralStarts.next(s, i); i >= len(s) {
			break
		}
		num, ok := readNumeral(s, i)
		if !ok {
			i = max(num.end, i+size)
			continue
		}
		ph, ok := countPhraseOf(s, i, num)
		if ok {
			// Quotations are looked for only once a phrase is found:
			// most paragraphs have none, and the scan is not free.
			if !seen {
				quoted, seen = quotedRanges(s), true
			}
			ok = !insideQuoted(quoted, i)
		}
		if !ok {
			// Past the whole numeral, as skipFailedNumeral does, without
			// reading it again.
			i = max(num.end, i+size)
			continue
		}
		out = append(out, ph)
		i = ph.end
	}
	return out
}

// countPhraseOf reads the count phrase whose numeral, num, starts at byte i.
func countPhraseOf(s string, i int, num numeral) (countPhrase, bool) {
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !isCountNumeralStart(r) {
		return countPhrase{}, false
	}
	if num.vague != "" || num.value != float64(int(num.value)) || num.value < 2 || num.value > countMaxStated {
		return countPhrase{}, false
	}
	if countReferenceLeads.hasSuffixWord(s[:i]) || insideNumeral(s, i) {
		return countPhrase{}, false
	}
	cl := countClassifiers.prefixWord(s[num.end:])
	if cl == "" || strings.HasPrefix(s[num.end+len(cl):], "多") || strings.HasPrefix(s[num.end+len(cl):], "余") {
		return countPhrase{}, false
	}
	if cl == "大" && !countIsListDa(s, i, int(num.value)) {
		return countPhrase{}, false
	}
	end := num.end + len(cl)
	textEnd := end
	if utf8.RuneCountInString(cl) == 1 {
		textEnd = countTextEnd(s, end) // 三项工作; 个方面 already names the noun
	}
	return countPhrase{start: i, end: end, textEnd: textEnd, count: int(num.value), classifier: cl, chinese: num.chinese}, true
}

// isCountNumeralStart reports whether a stated count may start with r:
// Chinese digits or ASCII/full-width digits.
func isCountNumeralStart(r rune) bool {
	return countNumeralStarts.has(r)
}

var countNumeralStarts = newRuneSet("0123456789０１２３４５６７８９", "一二两三四五六七八九十")

// numeralPrecededBy reports whether one of words ends at byte i.
func numeralPrecededBy(s string, i int, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s[:i], w) {
			return true
		}
	}
	return false
}

// insideNumeral reports whether byte i is inside a longer numeral (the 2
// of 12个, the 二 of 三十二项), which must not be read on its own.
func insideNumeral(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return numeralChars.has(r)
}

// numeralChars are the characters a numeral a count could be part of
// consists of.
var numeralChars = newRuneSet("0123456789０１２３４５６７８９", "一二两三四五六七八九十百千万零〇")

// countIsListDa tells 五大亮点 (five highlights) from 党的二十大 and
// 中国工会十八大 (a congress): a congress has an ordinal above ten or follows
// 的, 党 or 会.
func countIsListDa(s string, i, n int) bool {
	return n <= 10 && !numeralPrecededBy(s, i, []string{"的", "党", "会", "届"})
}

// countTextEnd extends the shown text past the classifier by up to two
// characters of the noun (五个方面, 三项工作), stopping at punctuation, 的
// and spaces.
func countTextEnd(s string, end int) int {
	for n := 0; n < 2 && end < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[end:])
		if r < 0x80 || r == '的' || !countIsHan(r) {
			break
		}
		end += size
	}
	return end
}

// countIsHan reports whether r is a CJK ideograph.
func countIsHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x20000 && r <= 0x3FFFF
}
