package baseline

import (
	"strings"
	"testing"
)

// BenchmarkFingerprint measures the fingerprint of a typical finding of a
// long report: a duplicated paragraph of Han text with full-width
// punctuation under a two-level section path. A 10 MB report has tens of
// thousands of these, and every one is fingerprinted.
func BenchmarkFingerprint(b *testing.B) {
	text := strings.Repeat("全年共组织职工技能培训（含线上课程），参训人员逐步增加；", 8)
	section := "一、主要工作开展情况 > （二）加强职工队伍建设"
	b.SetBytes(int64(len(text) + len(section)))
	b.ReportAllocs()
	for b.Loop() {
		Fingerprint("artifact/duplicate-paragraph", text, section)
	}
}
