package docx

import (
	"testing"

	"github.com/gwlint/gwlint/parser/source"
)

func TestTextExtraction(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
	}{
		{
			name: "runs split mid-word",
			body: `<w:p><w:r><w:t>工会</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>组</w:t></w:r>` +
				`<w:proofErr w:type="spellStart"/><w:r w:rsidR="00A1"><w:t>织</w:t></w:r></w:p>`,
			want: "工会组织",
		},
		{
			name: "hyperlink",
			body: `<w:p><w:r><w:t>详见</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>全总网站</w:t></w:r></w:hyperlink></w:p>`,
			want: "详见全总网站",
		},
		{
			name: "tracked insertion kept, deletion dropped",
			body: `<w:p><w:r><w:t>共</w:t></w:r><w:ins w:id="1" w:author="甲"><w:r><w:t>支出</w:t></w:r></w:ins>` +
				`<w:del w:id="2" w:author="甲"><w:r><w:delText>收入</w:delText></w:r></w:del><w:r><w:t>五万元</w:t></w:r></w:p>`,
			want: "共支出五万元",
		},
		{
			name: "move source dropped, move destination kept",
			body: `<w:p><w:moveFrom w:id="3"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>` +
				`<w:moveTo w:id="4"><w:r><w:t>新位置</w:t></w:r></w:moveTo></w:p>`,
			want: "新位置",
		},
		{
			name: "body-level content control",
			body: `<w:sdt><w:sdtPr><w:alias w:val="单位名称"/><w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder></w:sdtPr>` +
				`<w:sdtContent><w:p><w:r><w:t>县总工会</w:t></w:r></w:p></w:sdtContent></w:sdt>`,
			want: "县总工会",
		},
		{
			name: "run-level content control",
			body: `<w:p><w:r><w:t>填报单位：</w:t></w:r><w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>` +
				`<w:r><w:t>镇工会</w:t></w:r></w:sdtContent></w:sdt></w:p>`,
			want: "填报单位：镇工会",
		},
		{
			name: "simple field shows its cached result",
			body: `<w:p><w:r><w:t>第</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t>页</w:t></w:r></w:p>`,
			want: "第3页",
		},
		{
			name: "complex field shows its result, not its instruction",
			body: `<w:p><w:r><w:t>截至</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
				`<w:r><w:instrText xml:space="preserve"> DATE \@ "yyyy年M月" </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2024年6月</w:t></w:r>` +
				`<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>底</w:t></w:r></w:p>`,
			want: "截至2024年6月底",
		},
		{
			name: "nested field inside an instruction is not shown",
			body: `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
				`<w:r><w:instrText> = 1 "一" "多"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
				`<w:r><w:t>多</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
			want: "多",
		},
		{
			name: "field result spanning paragraphs",
			body: `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC \o "1-3"</w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一、基本情况</w:t></w:r></w:p>` +
				`<w:p><w:r><w:t>二、主要成效</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
			want: "一、基本情况\n二、主要成效",
		},
		{
			name: "a field without end hides the rest of its paragraph only",
			body: `<w:p><w:r><w:t>前文</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>指令</w:t></w:r></w:p>` +
				para("", "下一段"),
			want: "前文\n下一段",
		},
		{
			name: "tabs, breaks and hyphens",
			body: `<w:p><w:r><w:t>项目</w:t><w:tab/><w:t>金额</w:t><w:br/><w:t>合计</w:t><w:cr/><w:t>万元</w:t>` +
				`<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>e</w:t><w:noBreakHyphen/><w:t>mail</w:t>` +
				`<w:softHyphen/><w:t>box</w:t></w:r></w:p>`,
			want: "项目\t金额 合计 万元\te-mailbox",
		},
		{
			name: "page and column breaks add nothing",
			body: `<w:p><w:r><w:br w:type="page"/></w:r><w:r><w:t>二、</w:t><w:br w:type="column"/><w:t>下步打算</w:t></w:r></w:p>`,
			want: "二、下步打算",
		},
		{
			name: "hidden runs are not shown",
			body: `<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>` +
				`<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>也可见</w:t></w:r></w:p>`,
			want: "可见也可见",
		},
		{
			name: "line feed inside w:t becomes a space",
			body: "<w:p><w:r><w:t>上半年\n工作</w:t></w:r></w:p>",
			want: "上半年 工作",
		},
		{
			name: "smart tags, custom XML and math",
			body: `<w:p><w:smartTag w:element="place"><w:smartTagPr><w:attr w:name="x" w:val="y"/></w:smartTagPr>` +
				`<w:r><w:t>顺昌</w:t></w:r></w:smartTag><w:customXml w:element="unit"><w:r><w:t>县</w:t></w:r></w:customXml>` +
				`<m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath></w:p>`,
			want: "顺昌县x+1",
		},
		{
			name: "ruby keeps the base text only",
			body: `<w:p><w:r><w:ruby><w:rubyPr><w:hps w:val="10"/></w:rubyPr><w:rt><w:r><w:t>gōng</w:t></w:r></w:rt>` +
				`<w:rubyBase><w:r><w:t>工</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>`,
			want: "工",
		},
		{
			name: "escaped characters",
			body: `<w:p><w:r><w:t>A&amp;B &lt;通知&gt;</w:t></w:r></w:p>`,
			want: "A&B <通知>",
		},
		{
			name: "astral characters",
			body: `<w:p><w:r><w:t>𠀋字</w:t></w:r></w:p>`,
			want: "𠀋字",
		},
		{
			name: "unknown elements are read through",
			body: `<w:p><w:unknownWrapper><w:r><w:t>未知</w:t></w:r></w:unknownWrapper><w:bookmarkStart w:id="0" w:name="a"/>` +
				`<w:r><w:t>元素</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`,
			want: "未知元素",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := mustRead(t, fixture{body: tt.body}.build(t))
			if src.Text != tt.want {
				t.Errorf("Text = %q, want %q", src.Text, tt.want)
			}
		})
	}
}

// Every w:p is a line, so line N is paragraph N; empty ones get no block.
func TestEmptyParagraphsKeepLineNumbers(t *testing.T) {
	body := para("", "第一段") + `<w:p/>` + `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t></w:t></w:r></w:p>` + para("", "第四段")
	src := mustRead(t, fixture{body: body}.build(t))
	if want := "第一段\n\n\n第四段"; src.Text != want {
		t.Fatalf("Text = %q, want %q", src.Text, want)
	}
	if len(src.Blocks) != 2 {
		t.Fatalf("got %d blocks, want 2", len(src.Blocks))
	}
	if got := src.Blocks[1].Start(); got != len("第一段\n\n\n") {
		t.Errorf("second block starts at %d, want %d", got, len("第一段\n\n\n"))
	}
}

func TestTables(t *testing.T) {
	cell := func(content string) string { return `<w:tc><w:tcPr><w:tcW w:w="2000"/></w:tcPr>` + content + `</w:tc>` }
	body := para("", "表前") +
		`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>` +
		`<w:tr>` + cell(para("", "项目")) + cell(para("", "人数")+
		`<w:tbl><w:tr>`+cell(para("", "嵌套"))+`</w:tr></w:tbl>`+`<w:p/>`) + `</w:tr></w:tbl>` +
		para("", "表后")
	src := mustRead(t, fixture{body: body}.build(t))
	if want := "表前\n项目\n人数\n嵌套\n\n表后"; src.Text != want {
		t.Fatalf("Text = %q, want %q", src.Text, want)
	}
	checkBlocks(t, src, []wantBlock{
		{source.Paragraph, 0, "", "表前"},
		{source.TableCell, 0, "", "项目"},
		{source.TableCell, 0, "", "人数"},
		{source.TableCell, 0, "", "嵌套"},
		{source.Paragraph, 0, "", "表后"},
	})
}

// A Word text box is written twice, as DrawingML and as a VML fallback.
// Its paragraphs are read once and follow the paragraph that anchors it.
func TestTextBoxes(t *testing.T) {
	box := func(text string) string {
		return `<w:txbxContent>` + para("", text) + `</w:txbxContent>`
	}
	body := `<w:p><w:r><w:t>正文前</w:t></w:r><w:r><mc:AlternateContent>` +
		`<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>` + box("框内文字") + `</wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:rect><v:textbox>` + box("框内文字") + `</v:textbox></v:rect></w:pict></mc:Fallback>` +
		`</mc:AlternateContent></w:r><w:r><w:t>正文后</w:t></w:r></w:p>` +
		`<w:p><w:r><w:pict><v:shape><v:textbox>` + box("仅有VML") + `</v:textbox></v:shape></w:pict></w:r></w:p>` +
		`<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><v:textbox>` + box("只有后备") + `</v:textbox></w:pict></mc:Fallback>` +
		`</mc:AlternateContent></w:r></w:p>`
	src := mustRead(t, fixture{body: body}.build(t))
	if want := "正文前正文后\n框内文字\n\n仅有VML\n\n只有后备"; src.Text != want {
		t.Fatalf("Text = %q, want %q", src.Text, want)
	}
	for _, b := range src.Blocks {
		if b.Kind != source.Paragraph {
			t.Errorf("block %q is %s, want paragraph", b.Text(), b.Kind)
		}
	}
}
