package docx

import (
	"strconv"
	"strings"
	"testing"
)

// benchmarkDocument is a 210-paragraph work report: chapters, a
// four-level list, runs split the way Word splits them, tables and
// comments.
func benchmarkDocument(tb testing.TB) []byte {
	const chapters, items = 6, 8
	var body strings.Builder
	for chapter := range chapters {
		body.WriteString(para(styled("Heading1"), "第"+strconv.Itoa(chapter+1)+"部分工作情况"))
		for item := range items {
			body.WriteString(para(numbered("1", 0), "重点工作", "第", strconv.Itoa(item+1), "项"))
			body.WriteString(para(numbered("1", 1), "细化措施，", "明确责任分工"))
			body.WriteString(para(numbered("1", 2), "建立台账，", "按月调度"))
			body.WriteString(`<w:p>` + rangeStart(strconv.Itoa(chapter*items+item)) + run("全年共举办培训班十二期，") +
				rangeEnd(strconv.Itoa(chapter*items+item)) + run("培训基层工会干部一千二百余人次，") +
				`<w:hyperlink r:id="rId9">` + run("详见附件") + `</w:hyperlink></w:p>`)
		}
		body.WriteString(`<w:tbl><w:tr><w:tc>` + para("", "项目") + `</w:tc><w:tc>` + para("", "金额（万元）") + `</w:tc></w:tr></w:tbl>`)
	}
	var comments strings.Builder
	for id := range chapters * items {
		comments.WriteString(comment(strconv.Itoa(id), "gwlint-ignore typo 原文如此"))
	}
	return fixture{
		styles:    headingStyles,
		numbering: abstractList("1", gongwenLevels...) + listInstance("1", "1"),
		body:      body.String(),
		comments:  comments.String(),
	}.build(tb)
}

func BenchmarkRead(b *testing.B) {
	data := benchmarkDocument(b)
	src, err := Read(data)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Read(data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(strings.Count(src.Text, "\n")+1), "paragraphs")
}
