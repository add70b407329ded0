package parser

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		opts Options
		want string
	}{
		{"report.pdf", []byte("%PDF-1.4"), Options{}, `report.pdf: unsupported format ".pdf" (supported: .txt, .md, .markdown, .html, .htm, .docx)`},
		{"x.txt", nil, Options{}, "x.txt: empty file"},
		{"x.txt", []byte(" \n\u3000\n"), Options{}, "x.txt: empty file"},
		{"x.png.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), Options{}, "x.png.txt: binary file, not a text document"},
		{"x.txt", []byte("工作总结\xff\xff"), Options{Encoding: "utf-8"}, "x.txt: invalid utf-8 byte sequence at byte offset 12"},
		{"x.docx", []byte("not a zip"), Options{}, "x.docx: not a docx file"},
		{"x.txt", []byte("abc"), Options{Format: "pdf"}, `x.txt: unknown input format "pdf"`},
	}
	for _, tt := range tests {
		doc, err := Parse(tt.name, tt.data, tt.opts)
		if err == nil {
			t.Errorf("Parse(%q) = %v, want error %q", tt.name, doc, tt.want)
			continue
		}
		if !strings.HasPrefix(err.Error(), tt.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("Parse(%q) error = %q, want one line starting with %q", tt.name, err, tt.want)
		}
	}
}

func TestParseFormatsAndEncodings(t *testing.T) {
	gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte("县总工会工作总结\n一、主要工作\n全年新建工会十四家。\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		data     []byte
		opts     Options
		format   string
		encoding string
		title    string
	}{
		{"a.txt", []byte("\ufeff县总工会工作总结\r\n一、主要工作\r\n全年新建工会十四家。\r\n"), Options{}, "txt", "utf-8", "县总工会工作总结"},
		{"a.TXT", gbk, Options{}, "txt", "gb18030", "县总工会工作总结"},
		{"noext", []byte("县总工会工作总结\n正文。\n"), Options{}, "txt", "utf-8", "县总工会工作总结"},
		{"a.htm", []byte("<html><body><h1>县总工会工作总结</h1><p>一、主要工作</p><p>全年新建工会十四家。</p></body></html>"), Options{}, "html", "utf-8", "县总工会工作总结"},
		{"a.dat", []byte("县总工会工作总结\n正文。\n"), Options{Format: "txt"}, "txt", "utf-8", "县总工会工作总结"},
	}
	for _, tt := range tests {
		doc, err := Parse(tt.name, tt.data, tt.opts)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.name, err)
			continue
		}
		checkInvariants(t, doc)
		if doc.Format != tt.format || doc.Encoding != tt.encoding || doc.Path != tt.name {
			t.Errorf("Parse(%q): format %q encoding %q path %q", tt.name, doc.Format, doc.Encoding, doc.Path)
		}
		if doc.Title == nil || doc.Title.Text != tt.title {
			t.Errorf("Parse(%q): title %+v", tt.name, doc.Title)
		}
	}
}

// CRLF line ends are part of the break, not of the text, and a joined
// break covers \r\n.
func TestParseCRLF(t *testing.T) {
	doc, err := Parse("a.txt", []byte("工作总结\r\n全年走访困难职工，\r\n发放慰问金。\r\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := doc.Paragraphs[1]
	if p.Text != "全年走访困难职工，发放慰问金。" || len(p.Breaks) != 1 || p.Breaks[0].Len() != 2 {
		t.Errorf("paragraph %q breaks %+v, want the texts joined over one \\r\\n", p.Text, p.Breaks)
	}
}
