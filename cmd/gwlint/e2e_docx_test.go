package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// minimalDocx builds a .docx whose body is the given w:p elements, with
// optional comments (w:comment elements).
func minimalDocx(t *testing.T, body, comments string) []byte {
	t.Helper()
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	parts := map[string]string{
		"[Content_Types].xml":          `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>`,
		"_rels/.rels":                  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`,
		"word/document.xml":            `<?xml version="1.0" encoding="UTF-8"?><w:document ` + w + `><w:body>` + body + `</w:body></w:document>`,
		"word/comments.xml":            `<?xml version="1.0" encoding="UTF-8"?><w:comments ` + w + `>` + comments + `</w:comments>`,
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range parts {
		f, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func para(runs string) string { return "<w:p>" + runs + "</w:p>" }
func wrun(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

func TestWordCommentSuppression(t *testing.T) {
	body := para(wrun("县总工会关于开展职工书屋建设的通知")) +
		para(wrun("各基层工会：")+`<w:commentRangeStart w:id="1"/>`+wrun("XX年")+`<w:commentRangeEnd w:id="1"/>`+wrun("职工书屋建设由副主席___负责。")) +
		para(`<w:commentRangeStart w:id="2"/>`+wrun("请认真组织落实。")+`<w:commentRangeEnd w:id="2"/>`)
	comments := `<w:comment w:id="1" w:author="办公室"><w:p>` + wrun("gwlint-ignore placeholder/unfilled 年份待上级文件确定") + `</w:p></w:comment>` +
		`<w:comment w:id="2" w:author="办公室"><w:p>` + wrun("gwlint-ignore wording/typo 不会用到") + `</w:p></w:comment>`
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "通知.docx"), minimalDocx(t, body, comments), 0o644); err != nil {
		t.Fatal(err)
	}
	r := gw(t, dir, "", "lint", "--format", "json", "通知.docx")
	if strings.Contains(r.stdout, `"text":"XX"`) {
		t.Errorf("the commented XX was not suppressed:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, `"text":"___"`) {
		t.Errorf("the uncommented ___ must still be reported:\n%s%s", r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "gwlint/unused-directive") {
		t.Errorf("the comment that matches nothing must be reported:\n%s", r.stdout)
	}
	// Line 2 is the second paragraph: for docx a line is a paragraph.
	if !strings.Contains(r.stdout, `"start":{"line":2`) {
		t.Errorf("docx findings should be on paragraph lines:\n%s", r.stdout)
	}
}
