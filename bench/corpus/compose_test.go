package main

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// repoTestdata returns the repository's testdata directory, found by walking
// up to go.mod, or skips when the team corpus is not there.
func repoTestdata(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
}

func repoComposer(t *testing.T) composer {
	t.Helper()
	clean, samples, err := loadSources(repoTestdata(t))
	if err != nil {
		t.Skipf("team corpus unavailable: %v", err)
	}
	return composer{clean: clean, samples: samples}
}

// toy builds a composer over small synthetic documents with known sizes.
func toy() composer {
	doc := func(name string, n int) source {
		s := source{name: name}
		for i := range n {
			s.paragraphs = append(s.paragraphs, name+strings.Repeat("段", i+1))
		}
		return s
	}
	return composer{
		clean:   []source{doc("甲", 5), doc("乙", 5), doc("丙", 5)},
		samples: []source{doc("样一", 2), doc("样二", 2)},
	}
}

func TestDocumentStaysWithinLimitAtParagraphBoundaries(t *testing.T) {
	c := toy()
	all := map[string]bool{}
	for _, s := range append(append([]source{}, c.clean...), c.samples...) {
		for _, p := range s.paragraphs {
			all[p] = true
		}
	}
	for _, limit := range []int{0, 10, 57, 100, 1000} {
		doc := c.document(4, limit, 1)
		if got := len(text(doc)); got > limit {
			t.Errorf("limit %d: document has %d bytes", limit, got)
		}
		for _, p := range doc {
			if !all[p] {
				t.Errorf("limit %d: %q is not a whole source paragraph", limit, p)
			}
		}
	}
}

func TestDocumentStartsWithLeadThenSamples(t *testing.T) {
	c := toy()
	// Document 4 leads with clean[4%3] = 乙 from its title, then samples
	// starting at samples[(4/3)%2] = 样二.
	doc := c.document(4, 1000, 2)
	want := append(append(append([]string{}, c.clean[1].paragraphs...), c.samples[1].paragraphs...), c.samples[0].paragraphs...)
	if len(doc) < len(want) {
		t.Fatalf("document has %d paragraphs, want at least %d: %q", len(doc), len(want), doc)
	}
	for i, p := range want {
		if doc[i] != p {
			t.Fatalf("paragraph %d = %q, want %q", i, doc[i], p)
		}
	}
	if got, wantLen := len(doc), 5*3+2*2; got != wantLen {
		t.Errorf("document has %d paragraphs, want every one of the %d", got, wantLen)
	}
}

func TestRotate(t *testing.T) {
	got := strings.Join(rotate([]string{"a", "b", "c", "d"}, 3), "")
	if got != "dabc" {
		t.Errorf("rotate by 3 = %q, want dabc", got)
	}
}

func TestSplitParagraphs(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		markdown bool
		want     []string
	}{
		{"blank lines and CRLF dropped", "一、总体情况\r\n\r\n正文。\n", false, []string{"一、总体情况", "正文。"}},
		{"indentation kept", "　　正文。\n", false, []string{"　　正文。"}},
		{"markdown heading marker dropped", "## 二、问题\n正文。", true, []string{"二、问题", "正文。"}},
		{"hash kept in text files", "#标签\n", false, []string{"#标签"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitParagraphs(tt.in, tt.markdown)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCorpusIsDeterministicAndVaried writes the real corpus twice with a
// small shape and checks what the benchmark relies on: identical bytes
// between runs, sizes close to the targets, and no two documents alike.
func TestCorpusIsDeterministicAndVaried(t *testing.T) {
	c := repoComposer(t)
	sh := shape{singleBytes: 15_000, docs: 200, docBytes: 12_000, bigBytes: 300_000}
	first, second := t.TempDir(), t.TempDir()
	sizes, err := write(c, sh, first)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := write(c, sh, second); err != nil {
		t.Fatal(err)
	}

	within := func(name string, got int64, target int) {
		if got > int64(target) || got < int64(target)*9/10 {
			t.Errorf("%s: %d bytes, want within 10%% below %d", name, got, target)
		}
	}
	within("single", sizes[0].bytes, sh.singleBytes)
	within("docs", sizes[1].bytes, sh.docs*sh.docBytes)
	within("big", sizes[2].bytes, sh.bigBytes)

	seen := map[[32]byte]string{}
	err = filepath.WalkDir(first, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		a, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(first, path)
		b, err := os.ReadFile(filepath.Join(second, rel))
		if err != nil {
			return err
		}
		if string(a) != string(b) {
			t.Errorf("%s differs between two runs", rel)
		}
		if !strings.HasSuffix(string(a), "\n") {
			t.Errorf("%s does not end with a newline", rel)
		}
		sum := sha256.Sum256(a)
		if other, dup := seen[sum]; dup {
			t.Errorf("%s is identical to %s", rel, other)
		}
		seen[sum] = rel
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != sh.docs+2 {
		t.Errorf("wrote %d files, want %d", len(seen), sh.docs+2)
	}
}

// TestSingleDocumentCarriesEverySample: the single workload must contain
// the problems both linters look for, or the comparison measures nothing.
func TestSingleDocumentCarriesEverySample(t *testing.T) {
	c := repoComposer(t)
	doc := text(c.document(0, defaultShape.singleBytes, len(c.samples)))
	for _, want := range []string{"XX", "20__年", "布署"} {
		if !strings.Contains(doc, want) {
			t.Errorf("single document lacks %q", want)
		}
	}
}
