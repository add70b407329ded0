package lint

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
)

func TestPrefilterNeverRejectsAMatch(t *testing.T) {
	exprs := []string{
		`[XxＸｘ×]{2,}`, `团体(?:协商|合同)`, `(?:19|20)(?:[Xx_]{2}|○○)\s?年?`, `[*＊]+`,
		`存在[^。；！？\n]{0,14}(?:问题|不足)`, `(?:^|[，。])[^，。]{0,8}?(?:将|要)(?:继续|进一步)`,
		`(?i)page\s*\d+`, `a?b?c`, `\b本稿件属于`, `(?:下半年|明年)[，,：:]`, `.*x`,
		`(?i:https?://|www\.)[^\s，。]+`, `(?i:copyright)\s*[0-9]{4}`, `(?i)kelvin`, `(?i)ss`,
		`[*＊Xx]{1,2}\s?月\s?[*＊Xx0-9]{1,2}\s?日`, `(?:开展|做)的(?:还很?)?(?:不够|很好)`,
		`[0-9０-９]+。[0-9０-９]+`, `【(?:篇|范文)[一二0-9]{1,3}】`, `(?:ab|cd)+x`, `x(?:ab|cd){2}`, `(?:a+|b+)c`,
	}
	texts := []string{
		"XX县总工会", "推行工资团体协商", "20__年", "党员**人", "存在的主要问题", "，我们将继续加强",
		"PAGE 3", "c", "本稿件属于", "明年，", "abcx", "", "县总工会工作总结",
		"见 HTTPS://example.cn", "WwW.gov.cn", "CopyRight 2024", "\u212Aelvin", "ſS", "X月\t5日", "做的还很不够",
		"增长3。5个百分点", "１２。５", "【篇2】", "【范文一二】", "abcdx", "xcdab", "aaac", "bc",
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

// TestPrefilterJoinsRepeatsToNeighbours: a repeated part's first and last
// characters join the literals next to it, so 。 alone does not pass.
func TestPrefilterJoinsRepeatsToNeighbours(t *testing.T) {
	p := newPrefilter(`[0-9０-９]+。[0-9０-９]+`)
	if p.mayMatch("全年完成任务。2024年") {
		t.Errorf("a text with 。 but no digit before it passed the filter %q", p.literals)
	}
	if !p.mayMatch("增长3。5个百分点") {
		t.Error("the filter rejected a match")
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

// TestPrefilterOfEveryBuiltinPattern checks, on the clean corpus and the
// reference documents, that no built-in regex entry's prefilter rejects a
// paragraph the regex matches: the prefilter may only save work.
func TestPrefilterOfEveryBuiltinPattern(t *testing.T) {
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(testenv.RepoRoot(t), "testdata", "clean", "*.txt"))
	if seeds, _ := filepath.Glob(filepath.Join(testenv.RepoRoot(t), "..", "shared", "seeds", "*.txt")); len(seeds) > 0 {
		files = append(files, seeds...)
	}
	var paragraphs []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			paragraphs = append(paragraphs, toSimplified(line), line)
		}
	}
	checked := 0
	for _, pl := range e.patterns.lists {
		for _, en := range pl.entries {
			if en.re == nil || len(en.filter.literals) == 0 {
				continue
			}
			for _, p := range paragraphs {
				if en.re.MatchString(p) {
					checked++
					if !en.filter.mayMatch(p) {
						t.Errorf("%s[%d]: prefilter %q rejects %q", pl.name, en.index, en.filter.literals, p)
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no pattern matched any paragraph")
	}
}
