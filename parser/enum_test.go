package parser

import (
	"fmt"
	"slices"
	"testing"
)

// series describes an enumeration as "style: marker/ordinal[/broken] …".
func series(e *Enumeration) string {
	s := e.Style + ":"
	for _, it := range e.Items {
		s += fmt.Sprintf(" %s/%d", it.Marker, it.Ordinal)
		if it.Broken {
			s += "/broken"
		}
		if it.Style != e.Style {
			s += "/" + it.Style
		}
	}
	return s
}

func TestEnumerations(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"shi in one paragraph", "存在问题：一是重视不够；二是制度不全；三是落实不力。",
			[]string{"shi: 一是/1 二是/2 三是/3"}},
		{"shi across paragraphs", "一是加强领导。\n成立领导小组，负责统筹协调各项工作，确保落实。\n二是完善制度。\n制定了考核办法。",
			[]string{"shi: 一是/1 二是/2"}},
		{"first with 最后", "首先，统一思想；其次，明确责任；最后，狠抓落实。",
			[]string{"first: 首先/1 其次/2 最后/3"}},
		{"mixed styles are one series", "首先做好登记工作。二是走访慰问。三是抗洪救灾。四是金秋助学。",
			[]string{"shi: 首先/1/first 二是/2 三是/3 四是/4"}},
		{"di", "要求做到：第一，讲政治；第二，重服务；第三是守纪律。",
			[]string{"di: 第一/1 第二/2 第三是/3"}},
		{"circled and paren nested in shi", "一是抓三个环节：①摸底；②宣传；③指导。二是在三方面下功夫：（1）服务；（2）创新。",
			[]string{"shi: 一是/1 二是/2", "circled: ①/1 ②/2 ③/3", "paren: （1）/1 （2）/2"}},
		{"words are not markers", "全县统一是前提，唯一是目标。首先要明确任务。", nil},
		{"a lone 首先 is an adverb", "首先召开了班子会议，研究部署工作。", nil},
		{"gaps stay in the series", "一是加强领导；二是完善制度；四是强化督查。",
			[]string{"shi: 一是/1 二是/2 四是/4"}},
		{"ordinal one restarts", "一是甲；二是乙。另外，一是丙；二是丁。",
			[]string{"shi: 一是/1 二是/2", "shi: 一是/1 二是/2"}},
		{"broken marker", "一是加强领导。\n成立了领导小组，负责统筹协调。\n二是完善制度。\n制定了考核办法，明确了责任。\n三加大帮扶力度\n走访困难职工四十户，发放慰问金八万元。\n四是强化督查。",
			[]string{"shi: 一是/1 二是/2 三/3/broken 四是/4"}},
		{"a count is not a broken marker", "一是加强领导。\n二是完善制度。\n三个方面的工作都有进展。",
			[]string{"shi: 一是/1 二是/2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := buildText(t, "工作总结\n"+tt.body+"\n")
			var got []string
			for _, e := range doc.Enumerations {
				got = append(got, series(e))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("enumerations = %q, want %q", got, tt.want)
			}
		})
	}
}

// A new heading ends the series: 一是/二是 under 一、 and 一是/二是 under 二、
// are two enumerations, and an item's text stops at the next marker or at
// the end of its sentence.
func TestEnumerationsRestartAtHeadings(t *testing.T) {
	doc := buildText(t, "工作总结\n一、主要做法\n一是甲；二是乙。\n二、存在问题\n三是丙；四是丁。针对以上问题，我们将认真整改。\n")
	var got []string
	for _, e := range doc.Enumerations {
		got = append(got, series(e))
	}
	if want := []string{"shi: 一是/1 二是/2", "shi: 三是/3 四是/4"}; !slices.Equal(got, want) {
		t.Fatalf("enumerations = %q, want %q", got, want)
	}
	items := doc.Enumerations[1].Items
	if items[0].Text != "丙；" || items[1].Text != "丁。" {
		t.Errorf("item texts = %q, %q; want 丙； and 丁。", items[0].Text, items[1].Text)
	}
}

// TestMayStartEnumMarkerAcceptsEveryMarker checks the quick test in front
// of markerAt against markerAt itself: every character that starts a
// marker, followed by what can complete one, must pass it.
func TestMayStartEnumMarkerAcceptsEveryMarker(t *testing.T) {
	suffixes := []string{"", "是", "，", "：", "一）", "1)", "次，", "先", "后"}
	for r := rune(1); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		for _, suffix := range suffixes {
			if _, ok := markerAt(string(r) + suffix); ok && !mayStartEnumMarker(r) {
				t.Fatalf("markerAt(%q) finds a marker but mayStartEnumMarker(%q) is false", string(r)+suffix, r)
			}
		}
	}
	for _, r := range "工作，。 a1" {
		if mayStartEnumMarker(r) {
			t.Errorf("mayStartEnumMarker(%q) = true", r)
		}
	}
}

func TestParagraphScansRescanFromAnotherOffset(t *testing.T) {
	p := &Paragraph{Index: 0, Text: "一是加强领导，二是完善制度；三是强化督查"}
	cache := newParagraphScans(1)
	full := cache.markersFrom(p, 0)
	if len(full) != 3 {
		t.Fatalf("from 0: got %d markers, want 3", len(full))
	}
	if again := cache.markersFrom(p, 0); &again[0] != &full[0] {
		t.Error("a second scan from the same offset was not reused")
	}
	from := len("一是加强领导，")
	rest := cache.markersFrom(p, from)
	if len(rest) != 2 || rest[0].offset != from {
		t.Errorf("from %d: got %+v, want the markers of 二是 and 三是", from, rest)
	}
	if outside := (&paragraphScans{}).markersFrom(&Paragraph{Index: 5, Text: p.Text}, 0); len(outside) != 3 {
		t.Errorf("a paragraph outside the cache: got %d markers, want 3", len(outside))
	}
}
