package docx

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// storedZip writes parts uncompressed and without CRCs, which archive/zip
// then does not verify: a fuzzer mutating such a package changes XML that
// the reader goes on to parse, instead of only breaking checksums.
func storedZip(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range sortedKeys(parts) {
		body := parts[name]
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: name, Method: zip.Store,
			CompressedSize64: uint64(len(body)), UncompressedSize64: uint64(len(body)),
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fuzzFixture exercises numbering, styles, fields, text boxes and comments
// at once, as a starting point for mutation.
var fuzzFixture = fixture{
	styles: headingStyles,
	numbering: abstractList("1", gongwenLevels...) + listInstance("1", "1") +
		listInstance("2", "1", `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride>`),
	body: para(styled("Heading1"), "基本情况") +
		`<w:p><w:pPr>` + numbered("1", 0) + `</w:pPr>` + rangeStart("0") + run("组织") + rangeEnd("0") + reference("0") + `</w:p>` +
		para(numbered("2", 1), "制度") +
		`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc>` + para("", "单元格") + `</w:tc></w:tr></w:tbl>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>` + para("", "框") + `</w:txbxContent></mc:Choice>` +
		`<mc:Fallback><w:txbxContent>` + para("", "框") + `</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
	comments: comment("0", "gwlint-ignore x"),
}

func fuzzParts(f fixture) map[string]string {
	return map[string]string{
		"word/document.xml":  "<w:document " + namespaces + "><w:body>" + f.body + "</w:body></w:document>",
		"word/styles.xml":    "<w:styles " + namespaces + ">" + f.styles + "</w:styles>",
		"word/numbering.xml": "<w:numbering " + namespaces + ">" + f.numbering + "</w:numbering>",
		"word/comments.xml":  "<w:comments " + namespaces + ">" + f.comments + "</w:comments>",
	}
}

// FuzzRead feeds arbitrary bytes as a .docx: Read must never panic, must
// fail with a one-line error, and must otherwise return a consistent Source.
func FuzzRead(f *testing.F) {
	f.Add(storedZip(f, fuzzParts(fuzzFixture)))
	f.Add(fuzzFixture.build(f))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkReadResult(t, data)
	})
}

// FuzzDocumentXML mutates document.xml alone, with fixed styles, numbering
// and comments, which reaches the walker and the numbering far faster than
// mutating zip bytes.
func FuzzDocumentXML(f *testing.F) {
	f.Add(fuzzParts(fuzzFixture)["word/document.xml"])
	f.Add(`<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`)
	f.Fuzz(func(t *testing.T, documentXML string) {
		parts := fuzzParts(fuzzFixture)
		parts["word/document.xml"] = documentXML
		checkReadResult(t, zipParts(t, parts))
	})
}

func checkReadResult(t *testing.T, data []byte) {
	src, err := Read(data)
	if err != nil {
		if strings.Contains(err.Error(), "\n") {
			t.Fatalf("multi-line error: %q", err)
		}
		return
	}
	checkInvariants(t, src)
}
