package docx

import (
	"testing"

	"github.com/gwlint/gwlint/parser/source"
)

const headingStyles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 3"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="标题4"><w:name w:val="自定义"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="标题"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Outline3"><w:name w:val="三级大纲"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="BodyHeading"><w:name w:val="heading 5"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="本单位标题"/><w:basedOn w:val="Heading1"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="循环一"/><w:basedOn w:val="Loop2"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="循环二"/><w:basedOn w:val="Loop1"/></w:style>`

func TestBlockKinds(t *testing.T) {
	tests := []struct {
		name  string
		pPr   string
		kind  source.BlockKind
		level int
	}{
		{"no style", "", source.Paragraph, 0},
		{"outline level in the style", styled("Heading1"), source.Heading, 1},
		{"built-in name, numeric id (WPS)", styled("2"), source.Heading, 2},
		{"Chinese UI name", styled("a3"), source.Heading, 3},
		{"Chinese id", styled("标题4"), source.Heading, 4},
		{"Title", styled("Title"), source.Heading, 1},
		{"Chinese Title", styled("a4"), source.Heading, 1},
		{"custom style with an outline level", styled("Outline3"), source.Heading, 3},
		{"outline level 9 is body text", styled("BodyHeading"), source.Paragraph, 0},
		{"through basedOn", styled("MyHeading"), source.Heading, 1},
		{"direct outline level", `<w:outlineLvl w:val="1"/>`, source.Heading, 2},
		{"direct body-text level overrides the style", styled("Heading1") + `<w:outlineLvl w:val="9"/>`, source.Paragraph, 0},
		{"unknown style", styled("Missing"), source.Paragraph, 0},
		{"circular basedOn", styled("Loop1"), source.Paragraph, 0},
		{
			"tracked property change: the old style is ignored",
			`<w:pPrChange w:id="1" w:author="甲"><w:pPr>` + styled("Heading1") + `</w:pPr></w:pPrChange>`,
			source.Paragraph, 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := mustRead(t, fixture{styles: headingStyles, body: para(tt.pPr, "基本情况")}.build(t))
			checkBlocks(t, src, []wantBlock{{tt.kind, tt.level, "", "基本情况"}})
		})
	}
}

// Headings are body structure: inside a table cell or a text box a
// heading-styled paragraph is table or box text.
func TestHeadingStylesOutsideTheBody(t *testing.T) {
	body := `<w:tbl><w:tr><w:tc>` + para(styled("Heading1"), "表内标题") + `</w:tc></w:tr></w:tbl>` +
		`<w:p><w:r><w:pict><v:textbox><w:txbxContent>` + para(styled("Heading1"), "框内标题") +
		`</w:txbxContent></v:textbox></w:pict></w:r></w:p>`
	src := mustRead(t, fixture{styles: headingStyles, body: body}.build(t))
	checkBlocks(t, src, []wantBlock{
		{source.TableCell, 0, "", "表内标题"},
		{source.Paragraph, 0, "", "框内标题"},
	})
}

func TestDefaultParagraphStyleApplies(t *testing.T) {
	styles := `<w:style w:type="paragraph" w:default="1" w:styleId="Body"><w:name w:val="Body"/>` +
		`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`
	f := fixture{
		styles:    styles,
		numbering: abstractList("1", level(0, "1", "decimal", "%1.")) + listInstance("1", "1"),
		body:      para("", "无样式段落"),
	}
	src := mustRead(t, f.build(t))
	checkBlocks(t, src, []wantBlock{{source.ListItem, 1, "1.", "1.无样式段落"}})
}
