package numbers

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// readNumberByLists is how numbers were first read: every word list tried
// in order with strings.HasPrefix, the markers appended as they are met.
// scanNumber reads from indexes and skips failed numerals in one go; it
// must agree with this at every position.
func readNumberByLists(s string, i int) (Number, bool) {
	if r, _ := utf8.DecodeRuneInString(s[i:]); !numberStartSet.has(r) {
		return Number{}, false
	}
	unitAt := func(s string) (numberUnitRow, bool) {
		for _, u := range numberUnits.rows {
			if strings.HasPrefix(s, u.text) {
				return u, true
			}
		}
		return numberUnitRow{}, false
	}
	start := i
	var approx []string
	if m := numberPrefixOf(s[i:], numberPreMarkers.words); m != "" {
		approx = append(approx, m)
		i += len(m)
	}
	if strings.HasPrefix(s[i:], "百分之") {
		return readSpelledPercent(s, start, i+len("百分之"), approx)
	}
	for _, w := range numberOrdinalLeads.words {
		if strings.HasSuffix(s[:i], w) {
			return Number{}, false
		}
	}
	num, ok := readNumeral(s, i)
	if !ok {
		return Number{}, false
	}
	if num.vague != "" {
		approx = append(approx, num.vague)
	}
	j := num.end
	if m := numberPrefixOf(s[j:], numberMidMarkers.words); m != "" {
		if _, ok := unitAt(s[j+len(m):]); ok {
			approx = append(approx, m)
			j += len(m)
		}
	}
	j = skipLayoutSpaces(s, j)
	unit, ok := unitAt(s[j:])
	if !ok || numberIsDatePart(num, unit.text) || numberPrefixOf(s[i:], numberWords.words) != "" {
		return Number{}, false
	}
	end := j + len(unit.text)
	if m := numberPrefixOf(s[end:], numberPostMarkers.words); m != "" {
		approx = append(approx, m)
		end += len(m)
	}
	return Number{
		Value: num.value, Unit: unit.text, Base: unit.base, Normalized: num.value * unit.factor,
		Approx: approx, Chinese: num.chinese, paraStart: start, paraEnd: end,
	}, true
}

// numbersOracleTexts are paragraphs dense in the cases the fast paths
// treat apart: markers before, inside and after numerals, spelled
// percentages, ordinals, date parts, words that look like numbers.
var numbersOracleTexts = []string{
	numbersBenchSection,
	"约300余人以上，近三十名左右，超过50户，不少于1,200人次，高达98.5%，大约十几个，逾万元。",
	"百分之九十五，百分之，第一名，之一，星期一，初三，一起，一点，两点一线，2024年，二〇二三年，24年。",
	"上百人，成千上万，数百名，几十家，三四十人，七八个，一两天，十来个，五许人，3 个，１２家，1.5万元，2千万元。",
	"大力推进，不断提高，高度重视，至今，将近一年，接近万人，多达十二场，数据，上级，成立，近期，约定。",
	"𠀋三个\uFFFD人\xe4\xb8个，\xed\xa0\x80五人",
}

func TestScanNumberAgreesWithListReading(t *testing.T) {
	texts := append([]string(nil), numbersOracleTexts...)
	for _, doc := range numbersCleanDocs(t) {
		for _, p := range doc.Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	for _, s := range texts {
		for i := range len(s) {
			want, wantOK := readNumberByLists(s, i)
			wantNext := want.paraEnd
			if !wantOK {
				wantNext = skipFailedNumeral(s, i)
			}
			got, next, ok := scanNumber(s, i)
			if ok != wantOK || !reflect.DeepEqual(got, want) || next != wantNext {
				t.Fatalf("%q at %d: scanNumber = %+v, %d, %v; by lists %+v, %d, %v", s, i, got, next, ok, want, wantNext, wantOK)
			}
		}
	}
}

// countPhrasesByRereading is countPhrases as first written: quotations
// found up front, and a failed numeral read again to skip it.
func countPhrasesByRereading(s string) []countPhrase {
	var out []countPhrase
	quoted := quotedRanges(s)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !numeralStarts.has(r) {
			i += size
			continue
		}
		num, ok := readNumeral(s, i)
		var ph countPhrase
		if ok {
			ph, ok = countPhraseOf(s, i, num)
		}
		if !ok || insideQuoted(quoted, i) {
			i = skipFailedNumeral(s, i)
			continue
		}
		out = append(out, ph)
		i = ph.end
	}
	return out
}

func TestCountPhrasesAgreeWithRereading(t *testing.T) {
	texts := append([]string{
		"从以下五个方面：一是；“三个代表”和“五查五看”等三项；十几个、二十来个、三四个方面；党的二十大；五大亮点。",
	}, numbersOracleTexts...)
	for _, doc := range numbersCleanDocs(t) {
		for _, p := range doc.Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	for _, s := range texts {
		if got, want := countPhrases(s), countPhrasesByRereading(s); !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %+v\nwant %+v", s, got, want)
		}
	}
}

func TestNumeralDigitsValueAgreesWithParseFloat(t *testing.T) {
	for _, digits := range []string{
		"0", "7", "12", "2024", "1234567", "999999999999999", "1000000000000000", "9999999999999999",
		"12345678901234567890", "1.5", "0.25", "98.5", "00012",
	} {
		want, err := strconv.ParseFloat(digits, 64)
		if err != nil {
			t.Fatal(err)
		}
		// As written in ASCII (text equals the digits) and in full-width
		// digits (text differs and the digits must be read from b).
		for _, text := range []string{digits, strings.Repeat("１", len(digits))} {
			if got, ok := numeralDigitsValue(text, []byte(digits)); !ok || got != want {
				t.Errorf("numeralDigitsValue(%q, %q) = %v, %v; ParseFloat gives %v", text, digits, got, ok, want)
			}
		}
	}
}
