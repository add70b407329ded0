package docx

import (
	"strings"
	"testing"

	"github.com/gwlint/gwlint/parser/source"
)

// gongwenLevels is the four-level numbering of 公文: 一、（一）1.（1）.
var gongwenLevels = []string{
	level(0, "1", "chineseCountingThousand", "%1、"),
	level(1, "1", "chineseCountingThousand", "（%2）"),
	level(2, "1", "decimal", "%3."),
	level(3, "1", "decimal", "（%4）"),
}

func TestFourLevelGongwenList(t *testing.T) {
	f := fixture{
		numbering: abstractList("1", gongwenLevels...) + listInstance("1", "1"),
		body: para(numbered("1", 0), "党组织建设") +
			para(numbered("1", 1), "制度建设") +
			para(numbered("1", 2), "完善议事规则") +
			para(numbered("1", 3), "每季度召开一次") +
			para(numbered("1", 3), "重大事项集体研究") +
			para(numbered("1", 2), "健全台账") +
			para(numbered("1", 1), "队伍建设") +
			para(numbered("1", 0), "工资集体协商") +
			para(numbered("1", 1), "扩大覆盖面"),
	}
	src := mustRead(t, f.build(t))
	wantText := "一、党组织建设\n（一）制度建设\n1.完善议事规则\n（1）每季度召开一次\n（2）重大事项集体研究\n" +
		"2.健全台账\n（二）队伍建设\n二、工资集体协商\n（一）扩大覆盖面"
	if src.Text != wantText {
		t.Fatalf("Text =\n%s\nwant\n%s", src.Text, wantText)
	}
	checkBlocks(t, src, []wantBlock{
		{source.ListItem, 1, "一、", "一、党组织建设"},
		{source.ListItem, 2, "（一）", "（一）制度建设"},
		{source.ListItem, 3, "1.", "1.完善议事规则"},
		{source.ListItem, 4, "（1）", "（1）每季度召开一次"},
		{source.ListItem, 4, "（2）", "（2）重大事项集体研究"},
		{source.ListItem, 3, "2.", "2.健全台账"},
		{source.ListItem, 2, "（二）", "（二）队伍建设"},
		{source.ListItem, 1, "二、", "二、工资集体协商"},
		{source.ListItem, 2, "（一）", "（一）扩大覆盖面"},
	})
}

// Word ties chapter numbering to the heading styles: the styles carry
// w:numId only, and the list levels name the styles in w:pStyle.
func TestNumberingInheritedFromHeadingStyles(t *testing.T) {
	f := fixture{
		styles: `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>` +
			`<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/>` +
			`<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
			// A custom style inherits both the numbering and the heading
			// level of the style it is based on.
			`<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="本单位章标题"/><w:basedOn w:val="Heading1"/></w:style>`,
		numbering: abstractList("2",
			level(0, "1", "chineseCountingThousand", "第%1章", `<w:pStyle w:val="Heading1"/>`),
			level(1, "1", "chineseCountingThousand", "第%2节", `<w:pStyle w:val="Heading2"/>`),
		) + listInstance("2", "2"),
		body: para(styled("Heading1"), "基本情况") +
			para("", "全县共有基层工会五百个。") +
			para(styled("Heading2"), "组织建设") +
			para(styled("Heading2"), "阵地建设") +
			para(styled("Chapter"), "主要成效") +
			para(styled("Heading2"), "会员发展"),
	}
	src := mustRead(t, f.build(t))
	checkBlocks(t, src, []wantBlock{
		{source.Heading, 1, "第一章", "第一章基本情况"},
		{source.Paragraph, 0, "", "全县共有基层工会五百个。"},
		{source.Heading, 2, "第一节", "第一节组织建设"},
		{source.Heading, 2, "第二节", "第二节阵地建设"},
		{source.Heading, 1, "第二章", "第二章主要成效"},
		{source.Heading, 2, "第一节", "第一节会员发展"},
	})
}

func TestHeadingStyleWithOwnLevel(t *testing.T) {
	f := fixture{
		styles: `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>` +
			`<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>` +
			`<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>`,
		numbering: abstractList("2",
			level(0, "1", "chineseCountingThousand", "第%1章", `<w:pStyle w:val="Heading1"/>`),
			level(1, "1", "chineseCountingThousand", "第%2节", `<w:pStyle w:val="Heading2"/>`),
		) + listInstance("2", "2"),
		body: para(styled("Heading1"), "基本情况") +
			para(styled("Heading2"), "组织建设") +
			para(styled("Heading2"), "阵地建设") +
			para(styled("Heading1"), "主要成效") +
			para(styled("Heading2"), "会员发展"),
	}
	src := mustRead(t, f.build(t))
	want := "第一章基本情况\n第一节组织建设\n第二节阵地建设\n第二章主要成效\n第一节会员发展"
	if src.Text != want {
		t.Fatalf("Text =\n%s\nwant\n%s", src.Text, want)
	}
}

func TestListInstances(t *testing.T) {
	decimalList := abstractList("3", level(0, "1", "decimal", "%1."))
	restart := `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>`
	tests := []struct {
		name      string
		numbering string
		numIDs    []string
		want      string
	}{
		{
			name:      "startOverride restarts",
			numbering: decimalList + listInstance("3", "3") + listInstance("4", "3", restart),
			numIDs:    []string{"3", "3", "4", "4"},
			want:      "1.甲\n2.乙\n1.丙\n2.丁",
		},
		{
			name:      "startOverride to another value",
			numbering: decimalList + listInstance("3", "3", `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>`),
			numIDs:    []string{"3", "3"},
			want:      "5.甲\n6.乙",
		},
		{
			name:      "nums sharing an abstract list continue it",
			numbering: decimalList + listInstance("5", "3") + listInstance("6", "3"),
			numIDs:    []string{"5", "5", "6", "5"},
			want:      "1.甲\n2.乙\n3.丙\n4.丁",
		},
		{
			name: "lvlOverride replaces the level",
			numbering: decimalList + listInstance("3", "3",
				`<w:lvlOverride w:ilvl="0">`+level(0, "1", "chineseCountingThousand", "第%1条")+`</w:lvlOverride>`),
			numIDs: []string{"3", "3"},
			want:   "第一条甲\n第二条乙",
		},
		{
			name:      "unknown numId is not numbered",
			numbering: decimalList + listInstance("3", "3"),
			numIDs:    []string{"3", "99", "3"},
			want:      "1.甲\n乙\n2.丙",
		},
		{
			name:      "num without abstract list is not numbered",
			numbering: listInstance("3", "42"),
			numIDs:    []string{"3"},
			want:      "甲",
		},
	}
	texts := []string{"甲", "乙", "丙", "丁"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body strings.Builder
			for i, id := range tt.numIDs {
				body.WriteString(para(numbered(id, 0), texts[i]))
			}
			src := mustRead(t, fixture{numbering: tt.numbering, body: body.String()}.build(t))
			if src.Text != tt.want {
				t.Errorf("Text = %q, want %q", src.Text, tt.want)
			}
		})
	}
}

func TestLevelRestart(t *testing.T) {
	tests := []struct {
		name   string
		levels []string
		ilvls  []int
		want   string
	}{
		{
			name: "default: any shallower level restarts",
			levels: []string{level(0, "1", "decimal", "%1."), level(1, "1", "decimal", "%2)"),
				level(2, "1", "decimal", "(%3)")},
			ilvls: []int{0, 2, 2, 1, 2, 0, 2},
			want:  "1.\n(1)\n(2)\n1)\n(1)\n2.\n(1)",
		},
		{
			name: "lvlRestart 1: only level 1 restarts level 3",
			levels: []string{level(0, "1", "decimal", "%1."), level(1, "1", "decimal", "%2)"),
				level(2, "1", "decimal", "(%3)", `<w:lvlRestart w:val="1"/>`)},
			ilvls: []int{0, 2, 2, 1, 2, 0, 2},
			want:  "1.\n(1)\n(2)\n1)\n(3)\n2.\n(1)",
		},
		{
			name: "lvlRestart 0: never restarts",
			levels: []string{level(0, "1", "decimal", "%1."),
				level(1, "1", "lowerLetter", "%2)", `<w:lvlRestart w:val="0"/>`)},
			ilvls: []int{0, 1, 0, 1},
			want:  "1.\na)\n2.\nb)",
		},
		{
			name: "lvlRestart naming a deeper level is ignored",
			levels: []string{level(0, "1", "decimal", "%1."),
				level(1, "1", "lowerLetter", "%2)", `<w:lvlRestart w:val="5"/>`)},
			ilvls: []int{0, 1, 0, 1},
			want:  "1.\na)\n2.\na)",
		},
		{
			name: "multi-level text uses each level's format",
			levels: []string{level(0, "1", "chineseCountingThousand", "%1、"),
				level(1, "1", "decimal", "%1.%2")},
			ilvls: []int{0, 1, 1},
			want:  "一、\n一.1\n一.2",
		},
		{
			name: "isLgl renders every level decimal",
			levels: []string{level(0, "1", "upperRoman", "%1."),
				level(1, "1", "decimal", "%1.%2", `<w:isLgl/>`)},
			ilvls: []int{0, 0, 1},
			want:  "I.\nII.\n2.1",
		},
		{
			name: "a level not yet counted shows its start value",
			levels: []string{level(0, "3", "decimal", "%1."),
				level(1, "1", "decimal", "%1.%2")},
			ilvls: []int{1, 1},
			want:  "3.1\n3.2",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body strings.Builder
			for _, ilvl := range tt.ilvls {
				body.WriteString(para(numbered("1", ilvl)))
			}
			f := fixture{numbering: abstractList("1", tt.levels...) + listInstance("1", "1"), body: body.String()}
			src := mustRead(t, f.build(t))
			if src.Text != tt.want {
				t.Errorf("Text = %q, want %q", src.Text, tt.want)
			}
		})
	}
}

func TestNumIDZeroCancelsStyleNumbering(t *testing.T) {
	f := fixture{
		styles: `<w:style w:type="paragraph" w:styleId="ListItem"><w:name w:val="List Paragraph"/>` +
			`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>`,
		numbering: abstractList("7", level(0, "1", "decimal", "%1.")) + listInstance("7", "7"),
		body: para(styled("ListItem"), "第一项") +
			para(styled("ListItem")+`<w:numPr><w:numId w:val="0"/></w:numPr>`, "说明文字") +
			para(styled("ListItem"), "第二项"),
	}
	src := mustRead(t, f.build(t))
	checkBlocks(t, src, []wantBlock{
		{source.ListItem, 1, "1.", "1.第一项"},
		{source.Paragraph, 0, "", "说明文字"},
		{source.ListItem, 1, "2.", "2.第二项"},
	})
}

func TestNumStyleLink(t *testing.T) {
	f := fixture{
		styles: `<w:style w:type="numbering" w:styleId="TaskList"><w:name w:val="任务列表"/>` +
			`<w:pPr><w:numPr><w:numId w:val="11"/></w:numPr></w:pPr></w:style>`,
		numbering: `<w:abstractNum w:abstractNumId="10"><w:numStyleLink w:val="TaskList"/></w:abstractNum>` +
			`<w:abstractNum w:abstractNumId="11"><w:styleLink w:val="TaskList"/>` +
			level(0, "1", "decimalEnclosedCircle", "%1") + `</w:abstractNum>` +
			listInstance("10", "10") + listInstance("11", "11"),
		body: para(numbered("10", 0), "走访慰问") + para(numbered("10", 0), "送温暖"),
	}
	src := mustRead(t, f.build(t))
	if want := "①走访慰问\n②送温暖"; src.Text != want {
		t.Errorf("Text = %q, want %q", src.Text, want)
	}
}

func TestBulletsAndCustomFormats(t *testing.T) {
	f := fixture{
		numbering: abstractList("1",
			level(0, "1", "bullet", "\uF0B7"),
			level(1, "1", "bullet", "■"),
		) + `<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
			`<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>` +
			`<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>` +
			`<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
			`<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
			`<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="Ⅰ, Ⅱ, Ⅲ, ..."/></mc:Choice>` +
			`<mc:Fallback><w:numFmt w:val="upperRoman"/></mc:Fallback></mc:AlternateContent>` +
			`<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
			listInstance("1", "1") + listInstance("2", "2") + listInstance("3", "3"),
		body: para(numbered("1", 0), "困难职工帮扶") +
			para(numbered("1", 1), "春节慰问") +
			para(numbered("2", 0), "编号一") +
			para(numbered("3", 0), "编号二") +
			para(numbered("2", 0)),
	}
	src := mustRead(t, f.build(t))
	checkBlocks(t, src, []wantBlock{
		{source.ListItem, 1, "•", "•困难职工帮扶"},
		{source.ListItem, 2, "■", "■春节慰问"},
		{source.ListItem, 1, "001.", "001.编号一"},
		// A custom format the reader cannot render: the fallback wins.
		{source.ListItem, 1, "I.", "I.编号二"},
		// An empty numbered paragraph still shows, and counts, its label.
		{source.ListItem, 1, "002.", "002."},
	})
}

func TestNumberingWithoutNumberingPart(t *testing.T) {
	src := mustRead(t, fixture{body: para(numbered("1", 0), "没有编号定义")}.build(t))
	checkBlocks(t, src, []wantBlock{{source.Paragraph, 0, "", "没有编号定义"}})
}
