package docx

import (
	"archive/zip"
	"bytes"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/parser/source"
)

// namespaces declares every prefix the fixtures use.
const namespaces = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`

const rootRels = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`

// fixture is the XML of a test document's parts; empty parts are left out
// of the package.
type fixture struct {
	body      string // inside <w:body>
	styles    string // inside <w:styles>
	numbering string // inside <w:numbering>
	comments  string // inside <w:comments>
}

// build writes the fixture as a .docx package.
func (f fixture) build(t testing.TB) []byte {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml": contentTypes,
		"_rels/.rels":         rootRels,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<w:document " + namespaces + "><w:body>" + f.body + "</w:body></w:document>",
	}
	if f.styles != "" {
		parts["word/styles.xml"] = "<w:styles " + namespaces + ">" + f.styles + "</w:styles>"
	}
	if f.numbering != "" {
		parts["word/numbering.xml"] = "<w:numbering " + namespaces + ">" + f.numbering + "</w:numbering>"
	}
	if f.comments != "" {
		parts["word/comments.xml"] = "<w:comments " + namespaces + ">" + f.comments + "</w:comments>"
	}
	return zipParts(t, parts)
}

func zipParts(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range sortedKeys(parts) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sortedKeys(m map[string]string) []string {
	return slices.Sorted(maps.Keys(m))
}

// para builds a w:p with an optional w:pPr and plain runs of text.
func para(pPr string, runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if pPr != "" {
		b.WriteString("<w:pPr>" + pPr + "</w:pPr>")
	}
	for _, r := range runs {
		b.WriteString(run(r))
	}
	b.WriteString("</w:p>")
	return b.String()
}

func run(text string) string {
	return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

func numbered(numID string, ilvl int) string {
	return `<w:numPr><w:ilvl w:val="` + string(rune('0'+ilvl)) + `"/><w:numId w:val="` + numID + `"/></w:numPr>`
}

func styled(id string) string { return `<w:pStyle w:val="` + id + `"/>` }

// level builds a w:lvl.
func level(ilvl int, start, format, text string, extra ...string) string {
	return `<w:lvl w:ilvl="` + string(rune('0'+ilvl)) + `"><w:start w:val="` + start + `"/><w:numFmt w:val="` + format +
		`"/>` + strings.Join(extra, "") + `<w:lvlText w:val="` + text + `"/></w:lvl>`
}

func abstractList(id string, levels ...string) string {
	return `<w:abstractNum w:abstractNumId="` + id + `">` + strings.Join(levels, "") + `</w:abstractNum>`
}

func listInstance(id, abstractID string, overrides ...string) string {
	return `<w:num w:numId="` + id + `"><w:abstractNumId w:val="` + abstractID + `"/>` + strings.Join(overrides, "") + `</w:num>`
}

func mustRead(t testing.TB, data []byte) *source.Source {
	t.Helper()
	src, err := Read(data)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	checkInvariants(t, src)
	return src
}

// checkInvariants asserts what every Source must satisfy (source.Validate)
// and what the docx reader adds: a block is one verbatim segment that
// covers a whole line of the Text it builds, and every comment is a Word
// comment with an anchor.
func checkInvariants(t testing.TB, src *source.Source) {
	t.Helper()
	if err := src.Validate(); err != nil {
		t.Fatalf("invariant: %v", err)
	}
	for i, b := range src.Blocks {
		if len(b.Segments) != 1 {
			t.Fatalf("block %d has %d segments, want 1", i, len(b.Segments))
		}
		s := b.Segments[0]
		if !s.Verbatim(src.Text) {
			t.Fatalf("block %d segment %+v is not verbatim", i, s)
		}
		if strings.Contains(s.Text, "\n") {
			t.Fatalf("block %d spans lines: %q", i, s.Text)
		}
		if s.Start > 0 && src.Text[s.Start-1] != '\n' || s.End < len(src.Text) && src.Text[s.End] != '\n' {
			t.Fatalf("block %d does not cover a whole line: %+v", i, s)
		}
	}
	for i, c := range src.Comments {
		if c.AnchorStart < 0 {
			t.Fatalf("comment %d has no anchor %+v", i, c)
		}
	}
}

// blockTexts returns the text of every block, for failure messages.
func blockTexts(src *source.Source) []string {
	out := make([]string, len(src.Blocks))
	for i, b := range src.Blocks {
		out[i] = b.Text()
	}
	return out
}

// wantBlock is the expected shape of one block.
type wantBlock struct {
	kind  source.BlockKind
	level int
	label string // the AutoLabel prefix
	text  string // the whole block text, label included
}

func checkBlocks(t testing.TB, src *source.Source, want []wantBlock) {
	t.Helper()
	if len(src.Blocks) != len(want) {
		t.Fatalf("got %d blocks %q, want %d", len(src.Blocks), blockTexts(src), len(want))
	}
	for i, w := range want {
		b := src.Blocks[i]
		got := wantBlock{kind: b.Kind, level: b.Level, label: b.Text()[:b.AutoLabel], text: b.Text()}
		if got != w {
			t.Errorf("block %d = %+v, want %+v", i, got, w)
		}
	}
}
