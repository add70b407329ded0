package docx

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

func TestReadErrors(t *testing.T) {
	valid := fixture{body: para("", "正文")}.build(t)
	tests := []struct {
		name       string
		data       []byte
		wantPrefix string
	}{
		{"empty input", nil, "not a docx file: zip: not a valid zip file"},
		{"plain text", []byte("县总工会上半年工作总结"), "not a docx file: zip: not a valid zip file"},
		{"truncated zip", valid[:len(valid)/2], "not a docx file: "},
		{"legacy or encrypted OLE file", append(append([]byte{}, oleMagic...), make([]byte, 512)...),
			"not a docx file: encrypted or legacy .doc file"},
		{"zip without document.xml", zipParts(t, map[string]string{"[Content_Types].xml": contentTypes}),
			"not a docx file: word/document.xml is missing"},
		{"broken document XML", zipParts(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p></w:body>"}),
			"malformed word/document.xml: XML syntax error"},
		{"unclosed document XML", zipParts(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}),
			"malformed word/document.xml: XML syntax error"},
		{"invalid UTF-8", zipParts(t, map[string]string{"word/document.xml": "<w:document><w:t>\xff\xfe</w:t></w:document>"}),
			"malformed word/document.xml: "},
		{"broken styles XML", zipParts(t, map[string]string{"word/document.xml": "<w:document/>", "word/styles.xml": "<w:styles><w:style>"}),
			"malformed word/styles.xml: "},
		{"broken numbering XML", zipParts(t, map[string]string{"word/document.xml": "<w:document/>", "word/numbering.xml": "<w:numbering"}),
			"malformed word/numbering.xml: "},
		{"broken comments XML", zipParts(t, map[string]string{"word/document.xml": "<w:document/>", "word/comments.xml": "<w:comments><w:comment>"}),
			"malformed word/comments.xml: "},
		{"encrypted zip entry", encryptedEntry(t), "not a docx file: word/document.xml is encrypted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Read(tt.data)
			if err == nil {
				t.Fatalf("Read succeeded with %q, want an error", src.Text)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tt.wantPrefix) {
				t.Errorf("error = %q, want prefix %q", msg, tt.wantPrefix)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error spans lines: %q", msg)
			}
		})
	}
}

func encryptedEntry(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store, Flags: 0x1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("garbage")); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSizeLimits(t *testing.T) {
	data := zipParts(t, map[string]string{
		"word/document.xml": strings.Repeat("<w:p/>", 100),
		"word/styles.xml":   strings.Repeat(" ", 400),
	})
	t.Run("part limit", func(t *testing.T) {
		p, err := openPackage(data)
		if err != nil {
			t.Fatal(err)
		}
		p.maxPart = 500
		if _, _, err := p.read("word/document.xml"); err == nil || !strings.Contains(err.Error(), "too large") {
			t.Errorf("600-byte part under a 500-byte limit: err = %v", err)
		}
		if _, found, err := p.read("word/styles.xml"); err != nil || !found {
			t.Errorf("400-byte part under a 500-byte limit: found %v, err = %v", found, err)
		}
	})
	t.Run("total limit", func(t *testing.T) {
		p, err := openPackage(data)
		if err != nil {
			t.Fatal(err)
		}
		p.maxTotal = 700
		if _, _, err := p.read("word/document.xml"); err != nil {
			t.Fatalf("first part: %v", err)
		}
		if _, _, err := p.read("word/styles.xml"); err == nil || !strings.Contains(err.Error(), "too large") {
			t.Errorf("second part past the total limit: err = %v", err)
		}
	})
}

// Parts are found through the package relationships, whatever their names,
// and part names compare case-insensitively.
func TestPartsFollowRelationships(t *testing.T) {
	rels := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/Doc/Main.xml"/>` +
		`</Relationships>`
	docRels := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid/" TargetMode="External"/>` +
		`<Relationship Id="rId3" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/numbering" Target="lists/num.xml"/>` +
		`</Relationships>`
	doc := `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>严格格式</w:t></w:r></w:p>` +
		`</w:body></w:document>`
	numbering := `<w:numbering xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main">` +
		abstractList("1", level(0, "1", "chineseCountingThousand", "%1、")) + listInstance("1", "1") + `</w:numbering>`
	data := zipParts(t, map[string]string{
		"_rels/.rels":             rels,
		"doc/_rels/main.xml.rels": docRels,
		"doc/main.xml":            doc,
		"doc/lists/num.xml":       numbering,
		"word/document.xml":       `<w:document><w:body><w:p><w:r><w:t>不该读到</w:t></w:r></w:p></w:body></w:document>`,
	})
	src := mustRead(t, data)
	if want := "一、严格格式"; src.Text != want {
		t.Errorf("Text = %q, want %q", src.Text, want)
	}
}

func TestUTF16Part(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="` + nsW + `"><w:body>` + para("", "统一编码") + `</w:body></w:document>`
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range doc {
		if r > 0xFFFF {
			t.Fatal("fixture must stay in the BMP")
		}
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	src := mustRead(t, zipParts(t, map[string]string{"word/document.xml": string(utf16)}))
	if src.Text != "统一编码" {
		t.Errorf("Text = %q, want %q", src.Text, "统一编码")
	}
}

// Nesting depth costs nothing per character: every question the walker
// asks about its context is answered from the innermost frame.
func TestDeepNesting(t *testing.T) {
	const depth = 50000
	doc := `<w:document ` + namespaces + `><w:body><w:p>` + strings.Repeat("<w:x>", depth) +
		strings.Repeat(`<w:r><w:t>深</w:t></w:r>`, 2000) + strings.Repeat("</w:x>", depth) + `</w:p></w:body></w:document>`
	src := mustRead(t, zipParts(t, map[string]string{"word/document.xml": doc}))
	if want := strings.Repeat("深", 2000); src.Text != want {
		t.Errorf("got %d bytes of text, want %d", len(src.Text), len(want))
	}
}
