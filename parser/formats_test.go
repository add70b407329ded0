package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
)

// These tests read the fixtures in testdata/formats: one 工作总结 (report.txt)
// and copies of it in other encodings and formats, made by
// testdata/formats/generate.sh. Whatever the file was saved as, a user must
// get the same findings, so the parser must build the same tree from each.

// formatsDir is where generate.sh writes the fixtures.
func formatsDir(t *testing.T) string {
	t.Helper()
	return filepath.Join(testenv.RepoRoot(t), "testdata", "formats")
}

// parseFixture parses one file of testdata/formats from its bytes on disk
// and checks the invariants every tree must hold.
func parseFixture(t *testing.T, name string) *Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(formatsDir(t), name))
	if err != nil {
		t.Fatalf("reading fixture: %v (regenerate with testdata/formats/generate.sh)", err)
	}
	doc, err := Parse(name, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	return doc
}

// treeView is the part of a Document that must not depend on the encoding
// or the format the document was saved in: everything but positions and
// the markup flags, which formatFlags checks separately.
type treeView struct {
	Title        string
	Kind         string
	Headings     []headingView
	Paragraphs   []paragraphView
	Sections     []sectionView
	Enumerations []enumerationView
}

type headingView struct {
	Level          int
	Family         string
	Ordinal        int
	Marker         string
	Text           string
	Parent         int
	MissingNumeral bool
	Unnumbered     bool
}

type paragraphView struct {
	Role      Role
	Text      string
	Heading   int
	Section   int
	Sentences []string
}

type sectionView struct {
	Level      int
	Parent     int
	Path       []string
	Children   []int
	Paragraphs []int
}

type enumerationView struct {
	Style string
	// Items are "paragraph:marker=ordinal:text".
	Items []string
}

// viewOf projects doc onto treeView. Heading.Auto and Heading.FromMarkup
// are left out on purpose: they record where a marker or a heading came
// from (docx numbering, Markdown #, h1–h6), which legitimately differs
// between formats; TestSameTreeFromEveryFormat asserts them per format.
func viewOf(doc *Document) treeView {
	var v treeView
	if doc.Title != nil {
		v.Title = doc.Title.Text
	}
	v.Kind = doc.Kind
	for _, h := range doc.Headings {
		v.Headings = append(v.Headings, headingView{
			Level: h.Level, Family: h.Family, Ordinal: h.Ordinal, Marker: h.Marker, Text: h.Text,
			Parent: h.Parent, MissingNumeral: h.MissingNumeral, Unnumbered: h.Unnumbered,
		})
	}
	for _, p := range doc.Paragraphs {
		pv := paragraphView{Role: p.Role, Text: p.Text, Heading: p.Heading, Section: p.Section}
		for _, s := range p.Sentences {
			pv.Sentences = append(pv.Sentences, s.Text)
		}
		v.Paragraphs = append(v.Paragraphs, pv)
	}
	for _, s := range doc.Sections {
		v.Sections = append(v.Sections, sectionView{
			Level: s.Level, Parent: s.Parent, Path: s.Path, Children: s.Children, Paragraphs: s.Paragraphs,
		})
	}
	for _, e := range doc.Enumerations {
		ev := enumerationView{Style: e.Style}
		for _, it := range e.Items {
			ev.Items = append(ev.Items, fmt.Sprintf("%d:%s=%d:%s", it.Paragraph, it.Marker, it.Ordinal, it.Text))
		}
		v.Enumerations = append(v.Enumerations, ev)
	}
	return v
}

// diffViews names the first difference in each part of two views, so that
// a failure points at the node (heading 3, paragraph 12) rather than
// printing two whole trees.
func diffViews(want, got treeView) []string {
	var diffs []string
	if want.Title != got.Title || want.Kind != got.Kind {
		diffs = append(diffs, fmt.Sprintf("title/kind: want %q/%q, got %q/%q", want.Title, want.Kind, got.Title, got.Kind))
	}
	diffs = append(diffs, diffSlices("heading", want.Headings, got.Headings)...)
	diffs = append(diffs, diffSlices("paragraph", want.Paragraphs, got.Paragraphs)...)
	diffs = append(diffs, diffSlices("section", want.Sections, got.Sections)...)
	diffs = append(diffs, diffSlices("enumeration", want.Enumerations, got.Enumerations)...)
	return diffs
}

// diffSlices reports a length mismatch and the first differing element.
func diffSlices[T any](what string, want, got []T) []string {
	var diffs []string
	if len(want) != len(got) {
		diffs = append(diffs, fmt.Sprintf("%s count: want %d, got %d", what, len(want), len(got)))
	}
	for i := range min(len(want), len(got)) {
		if !reflect.DeepEqual(want[i], got[i]) {
			return append(diffs, fmt.Sprintf("%s %d:\n  want %+v\n  got  %+v", what, i, want[i], got[i]))
		}
	}
	return diffs
}

// TestFormatsSourceShape pins what the reference tree of report.txt looks
// like, so that a parser change that broke every format alike could not
// pass the comparisons below unnoticed.
func TestFormatsSourceShape(t *testing.T) {
	doc := parseFixture(t, "report.txt")
	if doc.Title == nil || doc.Title.Text != "松林镇总工会2025年工作总结" || doc.Kind != KindSummary {
		t.Fatalf("title %+v kind %q", doc.Title, doc.Kind)
	}
	var shape []string
	for _, h := range doc.Headings {
		shape = append(shape, fmt.Sprintf("%d %s %d %s", h.Level, h.Family, h.Ordinal, h.Marker))
	}
	want := []string{
		"1 cn-dun 1 一、", "2 cn-paren 1 （一）", "3 ar-dot 1 1.", "3 ar-dot 2 2.", "3 ar-dot 3 3.", "2 cn-paren 2 （二）",
		"1 cn-dun 2 二、", "2 cn-paren 1 （一）", "2 cn-paren 2 （二）",
		"1 cn-dun 3 三、",
		"1 cn-dun 4 四、",
	}
	if !slices.Equal(shape, want) {
		t.Errorf("headings (level family ordinal marker):\n got %q\nwant %q", shape, want)
	}
	// The 1. items are run-in headings: their text is the first sentence.
	if h := doc.Headings[2]; h.Text != "开展专题宣讲。" {
		t.Errorf("run-in heading text %q, want 开展专题宣讲。", h.Text)
	}
	var ordinals [][]int
	for _, e := range doc.Enumerations {
		var ord []int
		for _, it := range e.Items {
			ord = append(ord, it.Ordinal)
		}
		ordinals = append(ordinals, ord)
	}
	if want := [][]int{{1, 2, 3}, {1, 2, 3}, {1, 2, 3, 4}}; !reflect.DeepEqual(ordinals, want) {
		t.Errorf("enumeration ordinals %v, want %v", ordinals, want)
	}
	if n := len(doc.Paragraphs); n != 26 {
		t.Errorf("%d paragraphs, want 26 (title, 11 headings, 14 body)", n)
	}
}

// markupFlags says which headings a format marks Auto or FromMarkup.
type markupFlags struct {
	// auto: a numbered heading's marker came from docx numbering.
	auto bool
	// markupFamilies lists the families whose headings the markup
	// declared (## 一、, ### （一）; h2, h3). The 1. items are plain
	// paragraphs in every format, so their headings are found by their
	// marker alone.
	markupFamilies []string
}

// TestSameTreeFromEveryFormat compares the tree of each copy of the
// document with the tree of report.txt (and the Big5 copy with
// report-traditional.txt, as Big5 cannot hold simplified characters).
func TestSameTreeFromEveryFormat(t *testing.T) {
	tests := []struct {
		file     string
		source   string // the UTF-8 text file it must match
		format   string
		encoding string
		flags    markupFlags
	}{
		{file: "report.gb18030.txt", source: "report.txt", format: "txt", encoding: "gb18030"},
		{file: "report.utf16le-bom.txt", source: "report.txt", format: "txt", encoding: "utf-16le"},
		{file: "report.utf16le.txt", source: "report.txt", format: "txt", encoding: "utf-16le"},
		{file: "report-traditional.big5.txt", source: "report-traditional.txt", format: "txt", encoding: "big5"},
		{file: "report.md", source: "report.txt", format: "md", encoding: "utf-8",
			flags: markupFlags{markupFamilies: []string{"cn-dun", "cn-paren"}}},
		{file: "report.html", source: "report.txt", format: "html", encoding: "utf-8",
			flags: markupFlags{markupFamilies: []string{"cn-dun", "cn-paren"}}},
		// The docx headings are typed without numbers: 一、 （一） 1. come
		// from one Word multi-level list, followed by nothing or by a tab.
		{file: "report.docx", source: "report.txt", format: "docx", encoding: "utf-8",
			flags: markupFlags{auto: true}},
		{file: "report-listtab.docx", source: "report.txt", format: "docx", encoding: "utf-8",
			flags: markupFlags{auto: true}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			want := parseFixture(t, tt.source)
			got := parseFixture(t, tt.file)
			if got.Format != tt.format || got.Encoding != tt.encoding {
				t.Errorf("format %q encoding %q, want %q %q", got.Format, got.Encoding, tt.format, tt.encoding)
			}
			for _, d := range diffViews(viewOf(want), viewOf(got)) {
				t.Error(d)
			}
			for i, h := range got.Headings {
				wantMarkup := slices.Contains(tt.flags.markupFamilies, h.Family)
				if h.Auto != tt.flags.auto || h.FromMarkup != wantMarkup {
					t.Errorf("heading %d %s%s: auto %v from_markup %v, want %v %v",
						i, h.Marker, h.Text, h.Auto, h.FromMarkup, tt.flags.auto, wantMarkup)
				}
			}
		})
	}
}

// TestReencodedTextKeepsPositions checks the plain-text copies more
// strictly: once decoded they are the same text as their source, so every
// span must be the same too, down to the byte.
func TestReencodedTextKeepsPositions(t *testing.T) {
	tests := []struct{ file, source string }{
		{"report.gb18030.txt", "report.txt"},
		{"report.utf16le-bom.txt", "report.txt"},
		{"report.utf16le.txt", "report.txt"},
		{"report-traditional.big5.txt", "report-traditional.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			want := parseFixture(t, tt.source)
			got := parseFixture(t, tt.file)
			if got.Text != want.Text {
				t.Fatalf("decoded text differs from %s", tt.source)
			}
			if !reflect.DeepEqual(got.Title, want.Title) {
				t.Errorf("title %+v, want %+v", got.Title, want.Title)
			}
			for _, d := range diffSlices("heading", want.Headings, got.Headings) {
				t.Error(d)
			}
			for _, d := range diffSlices("paragraph", want.Paragraphs, got.Paragraphs) {
				t.Error(d)
			}
			for _, d := range diffSlices("enumeration", want.Enumerations, got.Enumerations) {
				t.Error(d)
			}
		})
	}
}

// TestTraditionalScriptKeepsShape compares report-traditional.txt with
// report.txt without their wording: converting the script must not change
// the kind, the heading numbers and levels, or the enumerations.
func TestTraditionalScriptKeepsShape(t *testing.T) {
	shape := func(doc *Document) treeView {
		v := viewOf(doc)
		v.Title = ""
		for i := range v.Headings {
			v.Headings[i].Text = ""
		}
		for i := range v.Paragraphs {
			v.Paragraphs[i].Text, v.Paragraphs[i].Sentences = "", nil
		}
		for i := range v.Sections {
			v.Sections[i].Path = nil
		}
		for i, e := range doc.Enumerations {
			v.Enumerations[i].Items = nil
			for _, it := range e.Items {
				v.Enumerations[i].Items = append(v.Enumerations[i].Items, fmt.Sprintf("%d:%d", it.Paragraph, it.Ordinal))
			}
		}
		return v
	}
	simplified := parseFixture(t, "report.txt")
	traditional := parseFixture(t, "report-traditional.txt")
	if traditional.Title == nil || traditional.Title.Text != "松林鎮總工會2025年工作總結" {
		t.Fatalf("traditional title %+v", traditional.Title)
	}
	for _, d := range diffViews(shape(simplified), shape(traditional)) {
		t.Error(d)
	}
}
