package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/parser/source"
)

// The files under testdata/lo were written by LibreOffice 7.4 from HTML and
// flat ODF sources, and the .lo.txt files are LibreOffice's own plain-text
// rendering of those .docx files (see testdata/make-fixtures.sh). The test
// checks that every line, label included, is what LibreOffice shows.
//
// LibreOffice's text export indents list items and puts a space between
// label and text; gwlint's lines have neither. Both are normalised away.
func TestLabelsMatchLibreOffice(t *testing.T) {
	for _, name := range []string{"list", "chinese"} {
		t.Run(name, func(t *testing.T) {
			src := mustRead(t, readTestdata(t, "lo/"+name+".docx"))
			want := loLines(t, "lo/"+name+".lo.txt")
			got := renderLikeLibreOffice(src)
			if len(got) != len(want) {
				t.Fatalf("got %d lines %q, LibreOffice has %d %q", len(got), got, len(want), want)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("line %d = %q, LibreOffice shows %q", i+1, got[i], want[i])
				}
			}
		})
	}
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// loLines reads a LibreOffice text export: BOM dropped, indentation
// trimmed, one entry per line.
func loLines(t *testing.T, name string) []string {
	t.Helper()
	text := strings.TrimPrefix(string(readTestdata(t, name)), "\uFEFF")
	text = strings.TrimSuffix(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimLeft(l, " ")
	}
	return lines
}

// renderLikeLibreOffice returns the lines of src.Text with a space after
// each automatic label.
func renderLikeLibreOffice(src *source.Source) []string {
	lines := strings.Split(src.Text, "\n")
	lineStarts := make(map[int]int, len(lines)) // byte offset → line index
	offset := 0
	for i, l := range lines {
		lineStarts[offset] = i
		offset += len(l) + 1
	}
	for _, b := range src.Blocks {
		if b.AutoLabel == 0 {
			continue
		}
		i := lineStarts[b.Start()]
		lines[i] = lines[i][:b.AutoLabel] + " " + lines[i][b.AutoLabel:]
	}
	return lines
}

// features.docx holds what LibreOffice's text export flattens differently
// (line breaks, text boxes), so it is checked against explicit values that
// were compared with features.lo.txt by hand.
func TestLibreOfficeFeatures(t *testing.T) {
	src := mustRead(t, readTestdata(t, "lo/features.docx"))
	want := "县总工会职工服务中心全年接待来访职工。\n" +
		"项目\t金额 合计\n" + // LibreOffice's export breaks the line at <text:line-break/>
		"帮扶对象\n人数\n嵌套单元格\n\n" + // the empty paragraph Word requires after a nested table
		"正文之后\n文本框中的文字\n" + // LibreOffice's export leaves text boxes out
		"\n结束语"
	if src.Text != want {
		t.Fatalf("Text =\n%q\nwant\n%q", src.Text, want)
	}
	checkBlocks(t, src, []wantBlock{
		{source.Paragraph, 0, "", "县总工会职工服务中心全年接待来访职工。"},
		{source.Paragraph, 0, "", "项目\t金额 合计"},
		{source.TableCell, 0, "", "帮扶对象"},
		{source.TableCell, 0, "", "人数"},
		{source.TableCell, 0, "", "嵌套单元格"},
		{source.Paragraph, 0, "", "正文之后"},
		{source.Paragraph, 0, "", "文本框中的文字"},
		{source.Paragraph, 0, "", "结束语"},
	})
	if len(src.Comments) != 1 {
		t.Fatalf("got %d comments, want 1", len(src.Comments))
	}
	c := src.Comments[0]
	if c.Text != "gwlint-ignore typo 专有名称" || src.Text[c.AnchorStart:c.AnchorEnd] != "职工服务中心" {
		t.Errorf("comment %q anchored to %q", c.Text, src.Text[c.AnchorStart:c.AnchorEnd])
	}
}
