package lint

import (
	"regexp"
	"testing"
)

func TestPrefilterNeverRejectsAMatch(t *testing.T) {
	exprs := []string{
		`[XxＸｘ×]{2,}`, `团体(?:协商|合同)`, `(?:19|20)(?:[Xx_]{2}|○○)\s?年?`, `[*＊]+`,
		`存在[^。；！？\n]{0,14}(?:问题|不足)`, `(?:^|[，。])[^，。]{0,8}?(?:将|要)(?:继续|进一步)`,
		`(?i)page\s*\d+`, `a?b?c`, `\b本稿件属于`, `(?:下半年|明年)[，,：:]`, `.*x`,
	}
	texts := []string{
		"XX县总工会", "推行工资团体协商", "20__年", "党员**人", "存在的主要问题", "，我们将继续加强",
		"PAGE 3", "c", "本稿件属于", "明年，", "abcx", "", "县总工会工作总结",
	}
	for _, expr := range exprs {
		re := regexp.MustCompile(expr)
		p := newPrefilter(expr)
		for _, text := range texts {
			if re.MatchString(text) && !p.mayMatch(text) {
				t.Errorf("prefilter of %q rejects %q, which matches", expr, text)
			}
		}
	}
}

func TestPrefilterRejectsTextsWithoutStartRunes(t *testing.T) {
	p := newPrefilter(`[XxＸｘ×]{2,}`)
	if p.mayMatch("县总工会认真落实各项工作") {
		t.Error("a text without X passed the filter")
	}
	if q := newPrefilter(`团体(?:协商|合同)`); q.mayMatch("集体协商") {
		t.Error("a text without the literal prefix passed the filter")
	}
}
