package baseline

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// referenceNormalize is the definition appendNormalized must agree with:
// NFKC by x/text, then white space removed and A-Z lower-cased.
func referenceNormalize(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return -1
		case r >= 'A' && r <= 'Z':
			return r + ('a' - 'A')
		}
		return r
	}, norm.NFKC.String(s))
}

// TestNFKCSimpleIsNFKC checks every rune nfkcSimple accepts against the
// x/text tables: its NFKC form is the mapped rune, and both it and the
// mapped rune are starters no earlier rune can compose with, which is what
// makes mapping rune by rune equal to NFKC of the whole string.
func TestNFKCSimpleIsNFKC(t *testing.T) {
	accepted := 0
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		mapped, ok := nfkcSimple(r)
		if !ok {
			continue
		}
		accepted++
		if got := norm.NFKC.String(string(r)); got != string(mapped) {
			t.Errorf("%U: nfkcSimple gives %q, NFKC gives %q", r, mapped, got)
		}
		for _, c := range []rune{r, mapped} {
			p := norm.NFKC.PropertiesString(string(c))
			if p.CCC() != 0 || !p.BoundaryBefore() {
				t.Errorf("%U (from %U): ccc %d, boundary before %v; want a starter that composes with nothing before it",
					c, r, p.CCC(), p.BoundaryBefore())
			}
		}
		if mapped != r && mapped >= utf8.RuneSelf {
			t.Errorf("%U maps to non-ASCII %U", r, mapped)
		}
		if mapped >= utf8.RuneSelf && unicode.IsSpace(mapped) {
			t.Errorf("%U is white space; the fast path copies it", r)
		}
	}
	if accepted < 20000 {
		t.Errorf("nfkcSimple accepts %d runes; the CJK blocks alone hold more", accepted)
	}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if p := norm.NFKC.PropertiesString(string(r)); p.CCC() != 0 || !p.BoundaryBefore() || !norm.NFKC.IsNormalString(string(r)) {
			t.Errorf("ASCII %U is not an NFKC starter in normal form", r)
		}
	}
}

func TestNormalizeExamples(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"XX年度", "xx年度"},
		{"ＸＸ年度（暂定）", "xx年度(暂定)"},
		{"共支出　元整，\n 合计", "共支出元整,合计"},
		{"一、工作开展情况 > （一）组织建设", "一、工作开展情况>(一)组织建设"},
		{"①项目", "1项目"},           // circled digit: general path
		{"Ｅ\u0301", "É"},         // full-width letter then a combining accent composes (and is not ASCII any more)
		{"ｶﾞ", "ガ"},              // half-width katakana and voiced mark compose
		{"第\u00a0二", "第二"},       // no-break space becomes a space, then goes
		{"坏\xff字节", "坏\ufffd字节"}, // invalid UTF-8 reads as U+FFFD
		{"\u200b零宽", "\u200b零宽"}, // format characters are kept (they are findings)
		{"𠀋字", "𠀋字"},             // astral ideograph: general path, unchanged
	}
	for _, tt := range tests {
		if got := string(appendNormalized(nil, tt.in)); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if ref := referenceNormalize(tt.in); ref != tt.want {
			t.Errorf("reference normalize(%q) = %q, want %q (test expectation wrong?)", tt.in, ref, tt.want)
		}
	}
}

// normalizeAlphabet mixes runes of the fast path with ones that force the
// general path or interact with their neighbours under NFKC: combining
// marks, Hangul jamo, half-width katakana, compatibility forms, white
// space of several kinds, astral characters and a broken byte.
var normalizeAlphabet = []string{
	"a", "Z", "e", "1", " ", "\t", "\n", ",", "。", "、", "，", "（", "）", "Ａ", "ｚ", "０", "　",
	"工", "会", "作", "总", "结", "“", "”", "—", "·", "×", "〔", "】",
	"\u0301", "\u0308", "\u0327", "\u3099", "\u309a", "ｶ", "ﾞ", "ﾟ", "ᄀ", "ᅡ", "ᆨ", "가",
	"①", "㈠", "㎡", "ﬁ", "…", "\u00a0", "\u2028", "\u200b", "\ufeff", "𠀋", "\U0001d400", "\xff", "\xe5\xb7",
}

// TestNormalizeMatchesReference compares the fast path with the reference
// on many random strings over normalizeAlphabet.
func TestNormalizeMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(normalizeAlphabet[rng.IntN(len(normalizeAlphabet))])
		}
		s := b.String()
		if got, want := string(appendNormalized(nil, s)), referenceNormalize(s); got != want {
			t.Fatalf("normalize(%q) = %q, reference %q", s, got, want)
		}
	}
}

// TestFingerprintMatchesReference pins the fingerprint to its definition:
// SHA-256 over the rule and the two normalized parts, each followed by 0.
func TestFingerprintMatchesReference(t *testing.T) {
	long := strings.Repeat("全年共组织职工技能培训（含线上课程），参训人员逐步增加；", 40)
	for _, parts := range [][3]string{
		{"placeholder/unfilled", "XX年度", "一、工作开展情况 > （一）组织建设"},
		{"artifact/duplicate-paragraph", long, "二、存在的问题"},
		{"", "", ""},
		{"wording/typo", "Ｅ\u0301按装", ""},
	} {
		if got, want := Fingerprint(parts[0], parts[1], parts[2]), referenceFingerprint(parts[0], parts[1], parts[2]); got != want {
			t.Errorf("Fingerprint%q = %s, reference %s", parts, got, want)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range normalizeAlphabet {
		f.Add(s + "工作" + s)
	}
	f.Add("一、工作开展情况 > （一）组织建设")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendNormalized(nil, s)), referenceNormalize(s); got != want {
			t.Errorf("normalize(%q) = %q, reference %q", s, got, want)
		}
	})
}
