package numbers

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/facts/internal/factstest"
	"github.com/gwlint/gwlint/internal/testenv"
	"github.com/gwlint/gwlint/parser"
)

// numbersTestData caches the decoded data files across tests and fuzz
// iterations.
var numbersTestData struct {
	once sync.Once
	data map[string]any
	err  error
	memo facts.Memo // one engine's memo, shared by the tests as an engine shares it
}

// numbersTestEnv is the facts.Env the engine builds: the built-in number and
// date word lists as data, simplified text through the script package.
func numbersTestEnv(t testing.TB) *facts.Env {
	t.Helper()
	root := testenv.RepoRoot(t)
	numbersTestData.once.Do(func() {
		numbersTestData.data, numbersTestData.err = numbersLoadData(root)
	})
	if numbersTestData.err != nil {
		t.Fatal(numbersTestData.err)
	}
	return &facts.Env{Data: numbersTestData.data, Simplified: factstest.Simplified, Memo: &numbersTestData.memo}
}

// numbersLoadData decodes rules/data/numbers.yaml (and dates.yaml when
// present) the way the engine merges data files into data.gwlint.
func numbersLoadData(root string) (map[string]any, error) {
	data := map[string]any{}
	for _, name := range []string{"numbers.yaml", "dates.yaml"} {
		b, err := os.ReadFile(filepath.Join(root, "rules", "data", name))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		var m map[string]any
		if err := yaml.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for k, v := range m {
			data[k] = v
		}
	}
	return data, nil
}

// numbersSeed is one reference document with its labels.
type numbersSeed struct {
	name string
	doc  *parser.Document
	text string
	// findings, nonDefects and ambiguous are the labelled excerpts as
	// byte ranges of text, with their category.
	findings, nonDefects, ambiguous []numbersLabel
}

type numbersLabel struct {
	category, excerpt string
	start, end        int
}

// numbersSeeds loads the reference documents and labels.json, or skips
// when ../shared/seeds is absent.
func numbersSeeds(t *testing.T) []numbersSeed {
	t.Helper()
	var labels []struct {
		File                            string
		Findings, NonDefects, Ambiguous []struct {
			Category, Excerpt string
			Occurrence        *int
		}
	}
	dir := testenv.SeedLabels(t, &labels)
	var out []numbersSeed
	for _, l := range labels {
		b, err := os.ReadFile(filepath.Join(dir, l.File))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := parser.Parse(l.File, b, parser.Options{})
		if err != nil {
			t.Fatalf("parse %s: %v", l.File, err)
		}
		s := numbersSeed{name: l.File, doc: doc, text: string(b)}
		locate := func(category, ex string, occ *int) numbersLabel {
			k := strings.Index(s.text, ex)
			if occ != nil {
				k = -1
				for n := 0; n <= *occ; n++ {
					k = strings.Index(s.text[k+1:], ex) + k + 1
				}
			}
			return numbersLabel{category: category, excerpt: ex, start: k, end: k + len(ex)}
		}
		for _, f := range l.Findings {
			s.findings = append(s.findings, locate(f.Category, f.Excerpt, f.Occurrence))
		}
		for _, f := range l.NonDefects {
			s.nonDefects = append(s.nonDefects, locate("", f.Excerpt, f.Occurrence))
		}
		for _, f := range l.Ambiguous {
			s.ambiguous = append(s.ambiguous, locate("", f.Excerpt, f.Occurrence))
		}
		out = append(out, s)
	}
	return out
}

// overlapping returns the labels that overlap [start, end).
func numbersOverlapping(labels []numbersLabel, start, end int) []numbersLabel {
	var out []numbersLabel
	for _, l := range labels {
		if l.start < end && start < l.end {
			out = append(out, l)
		}
	}
	return out
}

// numbersCleanDocs parses the team's clean corpus (testdata/clean), where
// every count, total, percentage and date is correct.
func numbersCleanDocs(t *testing.T) map[string]*parser.Document {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(testenv.RepoRoot(t), "testdata", "clean", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no clean corpus: %v", err)
	}
	out := map[string]*parser.Document{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := parser.Parse(filepath.Base(f), b, parser.Options{})
		if err != nil {
			t.Fatalf("parse %s: %v", f, err)
		}
		out[filepath.Base(f)] = doc
	}
	return out
}

// extractText runs one extractor of this package on a document made of
// text, with the engine's data, and returns its fact.
func extractText[T any](t *testing.T, extract func(*parser.Document, *facts.Env) any, text string) T {
	t.Helper()
	return extract(factstest.ParseText(t, text), numbersTestEnv(t)).(T)
}
