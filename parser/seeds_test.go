package parser

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
)

// These tests check the tree on the five reference documents in
// ../shared/seeds against what their labels (labels.json) say the tree
// must get right: heading_numbering, artifact and non_defects entries.

// headingInfo is what the seed tests compare for a heading.
type headingInfo struct {
	text    string // marker + text
	level   int
	family  string
	ordinal int
	parent  string // marker + text of the parent, "" at the top
	flags   string // "missing", "unnumbered" or ""
}

func describeHeadings(doc *Document) []headingInfo {
	out := make([]headingInfo, len(doc.Headings))
	for i, h := range doc.Headings {
		hi := headingInfo{text: h.Marker + h.Text, level: h.Level, family: h.Family, ordinal: h.Ordinal}
		if h.Parent >= 0 {
			p := doc.Headings[h.Parent]
			hi.parent = p.Marker + p.Text
		}
		switch {
		case h.MissingNumeral:
			hi.flags = "missing"
		case h.Unnumbered:
			hi.flags = "unnumbered"
		}
		out[i] = hi
	}
	return out
}

// findHeading returns the heading whose marker+text starts with prefix.
func findHeading(t *testing.T, hs []headingInfo, prefix string) headingInfo {
	t.Helper()
	for _, h := range hs {
		if strings.HasPrefix(h.text, prefix) {
			return h
		}
	}
	t.Fatalf("no heading starts with %q; headings: %v", prefix, hs)
	return headingInfo{}
}

func TestSeed000LevelsFollowFamilyOrder(t *testing.T) {
	doc := buildText(t, testenv.ReadSeed(t, "000"))
	if doc.Kind != KindSelfAssessment || doc.Title == nil || doc.Title.Text != "创先争优活动自我评价" {
		t.Fatalf("title %v kind %q", doc.Title, doc.Kind)
	}
	hs := describeHeadings(doc)
	tests := []struct {
		prefix, family, parent string
		level                  int
	}{
		{"一、基本", FamilyCnDun, "", 1},
		{"二、主要成效", FamilyCnDun, "", 1},
		{"1、党员干部", FamilyArDun, "二、主要成效", 2},
		{"4、推动科学", FamilyArDun, "二、主要成效", 2},
		{"三、主要做法", FamilyCnDun, "", 1},
		{"(一)精心组织", FamilyCnParen, "三、主要做法", 2},
		{"(二)注重实际", FamilyCnParen, "三、主要做法", 2},
		{"1、依法推进", FamilyArDun, "(二)注重实际", 3},
		{"4、坚持为职工", FamilyArDun, "(二)注重实际", 3},
		{"(三)在加强", FamilyCnParen, "三、主要做法", 2},
	}
	for _, tt := range tests {
		h := findHeading(t, hs, tt.prefix)
		if h.level != tt.level || h.family != tt.family || !strings.HasPrefix(h.parent, tt.parent) {
			t.Errorf("%s: got level %d family %s parent %q; want %d %s %q", tt.prefix, h.level, h.family, h.parent, tt.level, tt.family, tt.parent)
		}
	}
	if len(doc.Headings) != 14 {
		t.Errorf("got %d headings, want 14: %v", len(doc.Headings), headingTexts(doc))
	}
}

func TestSeed001PreambleStagesAndMissingNumeral(t *testing.T) {
	doc := buildText(t, testenv.ReadSeed(t, "001"))
	if doc.Title == nil || doc.Title.Text != "總工會爭先創優工作總結" || doc.Title.Span.Start.Line != 5 {
		t.Fatalf("title = %+v, want 總工會爭先創優工作總結 on line 5", doc.Title)
	}
	if doc.Kind != KindSummary {
		t.Errorf("kind = %q, want %q", doc.Kind, KindSummary)
	}
	for _, line := range []int{1, 3} {
		p := paragraphOnLine(t, doc, line)
		if p.Role != RolePreamble {
			t.Errorf("line %d role = %q, want preamble", line, p.Role)
		}
	}
	hs := describeHeadings(doc)
	stage1 := findHeading(t, hs, "第一階段")
	missing := findHeading(t, hs, "、縣總工會")
	second := findHeading(t, hs, "二、精心組織")
	if stage1.level != 1 || stage1.family != FamilyStage {
		t.Errorf("第一階段: %+v", stage1)
	}
	if missing.flags != "missing" || missing.family != FamilyCnDun || missing.level != second.level || missing.parent != "第一階段工作總結" {
		t.Errorf("、縣總工會 = %+v, want a cn-dun heading with missing numeral at the level of 二、 (%d) under 第一階段", missing, second.level)
	}
	stage2 := findHeading(t, hs, "第二階段")
	if stage2.level != 1 || stage2.ordinal != 2 {
		t.Errorf("第二階段 = %+v, want a level-1 stage 2", stage2)
	}
	for _, prefix := range []string{"一、開展“黨性", "二、開展“對照", "三、開展“黨員"} {
		if h := findHeading(t, hs, prefix); h.parent != "第二階段工作安排" || h.level != 2 {
			t.Errorf("%s = %+v, want a child of 第二階段工作安排", prefix, h)
		}
	}
	// The 一是/二是/三(加大)/四是 series with the broken item.
	e := enumerationWith(t, doc, "一是以")
	var markers []string
	for _, it := range e.Items {
		markers = append(markers, it.Marker)
		if it.Broken != (it.Marker == "三") {
			t.Errorf("item %q broken = %v", it.Marker, it.Broken)
		}
	}
	if want := []string{"一是", "二是", "三", "四是"}; !slices.Equal(markers, want) {
		t.Errorf("series markers = %v, want %v", markers, want)
	}
	// The repeated title on line 9 is no heading.
	if p := paragraphOnLine(t, doc, 9); p.Role != RoleBody {
		t.Errorf("repeated title role = %q, want body", p.Role)
	}
}

func TestSeed002JoinsAndUnnumberedSiblings(t *testing.T) {
	doc := buildText(t, testenv.ReadSeed(t, "002"))
	if doc.Title == nil || doc.Title.Text != "乡镇机关工会委员会开展会员评家工作情况自查报告" || doc.Kind != KindSelfCheck {
		t.Fatalf("title %+v kind %q", doc.Title, doc.Kind)
	}
	// Exactly the breaks after lines 1, 11, 23, 32 and 40 are joined.
	var joined []int
	for _, p := range doc.Paragraphs {
		for _, b := range p.Breaks {
			joined = append(joined, b.Start.Line)
		}
	}
	if want := []int{1, 11, 23, 32, 40}; !slices.Equal(joined, want) {
		t.Errorf("joined breaks after lines %v, want %v", joined, want)
	}
	hs := describeHeadings(doc)
	for i, prefix := range []string{"一、", "二、", "三、", "四、"} {
		if h := findHeading(t, hs, prefix); h.level != 1 || h.ordinal != i+1 {
			t.Errorf("%s = %+v, want level 1", prefix, h)
		}
	}
	second := "二、会员评家工作的主要成效"
	for _, prefix := range []string{"(一)工会建家", "(二)充分发挥会员的主体作用,积极推进职工民主管理制度的实施。"} {
		if h := findHeading(t, hs, prefix); h.level != 2 || h.parent != second || h.family != FamilyCnParen {
			t.Errorf("%s = %+v, want level 2 under 二、", prefix, h)
		}
	}
	for _, prefix := range []string{"发挥工会“大学校”作用", "关心职工生活", "加强自身建设"} {
		h := findHeading(t, hs, prefix)
		if h.flags != "unnumbered" || h.level != 2 || h.parent != second || h.family != "" {
			t.Errorf("%s = %+v, want an unnumbered level-2 sibling of (一)(二) under 二、", prefix, h)
		}
	}
}

func TestSeed003NoTitleAndTwoLevels(t *testing.T) {
	doc := buildText(t, testenv.ReadSeed(t, "003"))
	if doc.Title != nil {
		t.Fatalf("title = %+v, want none", doc.Title)
	}
	var top []string
	for _, h := range doc.Headings {
		if h.Level == 1 {
			top = append(top, h.Marker)
			if h.Family != FamilyCnDun {
				t.Errorf("level-1 heading %q has family %s", h.Marker+h.Text, h.Family)
			}
		}
	}
	if want := []string{"一、", "二、", "三、", "四、", "五、", "六、", "七、"}; !slices.Equal(top, want) {
		t.Errorf("level-1 markers = %v, want %v", top, want)
	}
	for _, h := range doc.Headings {
		if h.Level == 1 {
			continue
		}
		parent := doc.Headings[h.Parent]
		wantFamily := FamilyCnParen
		if parent.Ordinal >= 6 {
			wantFamily = FamilyArDun // 1、2、3、 under 六、 and 七、
		}
		if h.Level != 2 || h.Family != wantFamily {
			t.Errorf("%q under %q: level %d family %s, want 2 %s", h.Marker+h.Text, parent.Marker, h.Level, h.Family, wantFamily)
		}
	}
	for _, p := range doc.Paragraphs {
		if len(p.Breaks) > 0 {
			t.Errorf("paragraph %d joined lines; 003 has none to join", p.Index)
		}
	}
}

func TestSeed004PageMarkers(t *testing.T) {
	text := testenv.ReadSeed(t, "004")
	doc := buildText(t, text)
	if doc.Title == nil || doc.Title.Text != "县总工会半年工作总结" || doc.Kind != KindHalfYearSummary {
		t.Fatalf("title %+v kind %q", doc.Title, doc.Kind)
	}
	if len(doc.PageMarkers) != 19 {
		t.Fatalf("got %d page markers, want 19", len(doc.PageMarkers))
	}
	for i, m := range doc.PageMarkers {
		want := strconv.Itoa(i+1) + "、"
		if got := text[m.Start.Offset:m.End.Offset]; got != want || m.Start.Line != i+1 || m.Start.Column != 1 {
			t.Errorf("page marker %d = %q at %d:%d, want %q at the start of line %d", i, got, m.Start.Line, m.Start.Column, want, i+1)
		}
	}
	for _, h := range doc.Headings {
		if h.Family == FamilyArDun {
			t.Errorf("page marker taken for a heading: %q", h.Marker+h.Text)
		}
	}
	// The page join removes the marker: the paragraph reads 十一五”规划.
	found := false
	for _, p := range doc.Paragraphs {
		if strings.Contains(p.Text, "实施“十一五”规划、构建和谐社会") {
			found = true
		}
		if strings.Contains(p.Text, "十\n") || strings.Contains(p.Text, "2、一五") {
			t.Errorf("paragraph %d still holds a page join", p.Index)
		}
	}
	if !found {
		t.Error("no paragraph reads 实施“十一五”规划 across the page join")
	}
	// The 首先/二是/三是/四是 series is one enumeration of mixed styles.
	e := enumerationWith(t, doc, "首先")
	var styles []string
	for _, it := range e.Items {
		styles = append(styles, it.Marker+"/"+it.Style)
	}
	if want := []string{"首先/first", "二是/shi", "三是/shi", "四是/shi"}; !slices.Equal(styles, want) {
		t.Errorf("series = %v, want %v", styles, want)
	}
}

// paragraphOnLine returns the paragraph that starts on a line.
func paragraphOnLine(t *testing.T, doc *Document, line int) *Paragraph {
	t.Helper()
	for _, p := range doc.Paragraphs {
		if p.Span.Start.Line == line {
			return p
		}
	}
	t.Fatalf("no paragraph starts on line %d", line)
	return nil
}

// enumerationWith returns the enumeration whose first item's text or
// marker starts with prefix.
func enumerationWith(t *testing.T, doc *Document, prefix string) *Enumeration {
	t.Helper()
	for _, e := range doc.Enumerations {
		first := e.Items[0]
		if strings.HasPrefix(first.Marker+first.Text, prefix) {
			return e
		}
	}
	t.Fatalf("no enumeration starts with %q", prefix)
	return nil
}
