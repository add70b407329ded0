package artifact

import (
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
	"github.com/gwlint/gwlint/parser"
)

// FuzzArtifactFacts runs the artifact and duplicate extractors on any
// input: they must not panic, and every span they return must lie inside
// the document text with its start before its end.
func FuzzArtifactFacts(f *testing.F) {
	for _, seed := range []string{
		"工作情\n况自查报告\n根据通知要求，现报告如下。",
		"1、县总工会半年工作总结 半年来，我县各级工会\n2、一五”规划\n",
		"ÔÚÕâ¸öÐÅÏ¢ å·¥ä½œæ€»ç»“ \u009c\u0080",
		"今年上半年，县总工会...\n今年上半年，县总工会在县委领导下。",
		"全县 新建 工会\r\n— 2 —\r\n\u200b\ufffd\x00",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := parser.Parse("f.txt", data, parser.Options{})
		if err != nil {
			return
		}
		env := factstest.SimplifyingEnv()
		for _, w := range extractHardWraps(doc, env).([]HardWrap) {
			factstest.CheckSpan(t, doc, "hard wrap", w.Start, w.End)
		}
		for _, p := range extractPageNumbers(doc, env).([]PageNumber) {
			factstest.CheckSpan(t, doc, "page number", p.Start, p.End)
		}
		for _, s := range extractLayoutSpaces(doc, env).(LayoutSpaces).Spans {
			factstest.CheckSpan(t, doc, "layout space", s.Start, s.End)
		}
		for _, m := range extractMojibake(doc, env).([]Mojibake) {
			factstest.CheckSpan(t, doc, "mojibake", m.Start, m.End)
		}
		for _, d := range extractDuplicates(doc, env).([]Duplicate) {
			factstest.CheckSpan(t, doc, "duplicate", d.Start, d.End)
		}
	})
}

// BenchmarkArtifactFacts measures the artifact and duplicate extractors on
// the largest reference document (004, 6,000 characters).
func BenchmarkArtifactFacts(b *testing.B) {
	doc := factstest.ParseSeed(b, "004")
	env := factstest.SimplifyingEnv()
	b.ResetTimer()
	for range b.N {
		extractHardWraps(doc, env)
		extractPageNumbers(doc, env)
		extractLayoutSpaces(doc, env)
		extractMojibake(doc, env)
		extractDuplicates(doc, env)
	}
}
