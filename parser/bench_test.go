package parser

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
)

// benchDocument15KB concatenates the plain-text fixtures into a document
// of about 15 KB: titles, wrapped lines, page markers, several numbering
// families.
func benchDocument15KB(b *testing.B) []byte {
	b.Helper()
	files, err := filepath.Glob(filepath.Join(testenv.RepoRoot(b), "testdata", "parser", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatal("no fixtures")
	}
	var doc []byte
	for len(doc) < 15_000 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			doc = append(append(doc, data...), '\n')
		}
	}
	// Cut at a line end so the text stays valid UTF-8.
	return doc[:bytes.LastIndexByte(doc[:15_000], '\n')+1]
}

// benchDocument200 is a generated report of 200 paragraphs: 10 sections of
// 4 sub-sections, each with a heading, body paragraphs and a 一是/二是
// series.
func benchDocument200() []byte {
	var b strings.Builder
	b.WriteString("县总工会二〇二三年度工作总结\n")
	n := 1
	for i := 1; n < 200; i++ {
		fmt.Fprintf(&b, "%d、第%d项重点工作\n", i, i)
		n++
		for j := 1; j <= 4 && n < 200; j++ {
			fmt.Fprintf(&b, "（%d）围绕中心工作推进第%d项任务\n", j, j)
			b.WriteString("全年共组织开展各类活动十二场，参与职工三千余人次，一是加强组织领导；二是完善工作制度；三是强化督促检查，有效推动了各项工作落实。\n")
			b.WriteString("下一步将继续加大工作力度，进一步健全长效机制，不断提升服务职工的能力和水平，努力开创工会工作新局面。\n")
			n += 3
		}
	}
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	for _, bc := range []struct {
		name string
		data []byte
	}{
		{"15KB", benchDocument15KB(b)},
		{"200paragraphs", benchDocument200()},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.data)))
			for b.Loop() {
				if _, err := Parse("bench.txt", bc.data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
