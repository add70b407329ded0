package parser

import (
	"testing"
	"unicode/utf8"
)

// FuzzParseText runs the plain-text path of Parse on arbitrary bytes: it
// must never panic, and whatever tree it builds must satisfy the
// invariants (spans within the text and in order, paragraph text equal to
// the source it maps to). The seed corpus is in testdata/fuzz.
func FuzzParseText(f *testing.F) {
	for _, s := range []string{
		"县总工会工作总结\n一、基本情况\n（一）组织建设\n全县共有工会一百个。\n",
		"1、标题篇一:正文 半年来,\n2、一五”规划\n",
		"、缺失序号\n（）空括号\n一是甲；二是乙；三加大\n",
		"工作情\n况自查报告\r\n正文，\r\n续行。\r\n— 2 —\r\n",
		"𠀋\n\u3000\u3000①②（1）第一，第二、首先其次最后",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse("fuzz.txt", data, Options{})
		if err != nil {
			return
		}
		checkInvariants(t, doc)
	})
}

// FuzzBuildText skips decoding and feeds text straight to the tree
// builder, so the fuzzer spends its time on the heuristics.
func FuzzBuildText(f *testing.F) {
	f.Add("1、标题篇一:正文 半年来,\n2、一五”规划\n、缺失\n（）空\n一是甲；二是乙；三加大\n— 2 —\n")
	f.Add("工作情\n况自查报告\n（二）发挥作用,推进职工民\n主管理。\n（一）成效显著。\n")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // decoding (Parse) guarantees valid UTF-8
		}
		buildText(t, text)
	})
}
