package scriptmix

import (
	"strings"
	"testing"
	"time"

	"github.com/gwlint/gwlint/facts/internal/factstest"
	"github.com/gwlint/gwlint/parser"
)

// FuzzScriptMix runs the script extractor on any text: it must not panic,
// and every run it reports must lie inside the document.
func FuzzScriptMix(f *testing.F) {
	for _, s := range []string{
		"縣總工會召開会議，爲职工服務",
		"县总工会召开會議，为职工服务髮",
		"\t , ; \u3000( ) ! ? \n\n ,",
		"𠀋縣總工會𠀋",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := parser.Parse("f.txt", []byte(s), parser.Options{})
		if err != nil {
			return
		}
		for _, r := range extractScriptMix(doc, nil).(ScriptMix).Minority {
			factstest.CheckSpan(t, doc, "script", r.Start, r.End)
		}
	})
}

// TestScriptMixStaysLinear feeds the extractor long documents that would
// be quadratic for a naive scan: one long minority run, and many short
// ones each needing its own context.
func TestScriptMixStaysLinear(t *testing.T) {
	const n = 50000
	inputs := map[string]string{
		"one long run":    "报告\n" + strings.Repeat("县总工会", n) + strings.Repeat("會議", n),
		"many short runs": "报告\n" + strings.Repeat("县总工会會", n),
		"punctuation":     "报告\n" + strings.Repeat("”", n) + strings.Repeat("“", n),
	}
	for name, text := range inputs {
		doc, err := parser.Parse("t.txt", []byte(text), parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		extractScriptMix(doc, nil)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: %v for %d bytes", name, d, len(text))
		}
	}
}
