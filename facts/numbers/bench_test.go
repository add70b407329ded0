package numbers

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/internal/testenv"
	"github.com/gwlint/gwlint/parser"
)

// numbersBenchSection is one section of a 工会 work report, dense in the
// figures these extractors read: counts with their lists, 其中 and 合计
// relations, percentages, dates with weekdays and a few bare units.
const numbersBenchSection = `（{n}）强化职工服务，做好帮扶救助工作
今年以来，县总工会围绕以下三个方面开展工作：一是建强阵地，二是完善机制，三是做实服务。共走访慰问困难职工120户，其中特困职工35户，发放慰问金12.5万元，惠及职工家属300余人。
全年组织劳动竞赛、技能比武、岗位练兵等三项活动，参赛职工1,860人次，评选优胜班组十五个、技术能手三十名。职工入会率达98.5%，对工会工作的满意率为百分之九十五左右。
工会活动支出45.2万元，职工教育支出11.3万元，其他支出4.4万元，合计60.9万元。2024年9月23日（星期一）至27日，举办基层工会主席培训班，参训人员86名，开展专题讲座6场。
下半年重点抓好两项工作。一是深化“职工之家”建设，新建基层工会12家，发展会员1.5万人；二是做好送温暖活动，慰问一线职工几十批次、上百人。
全年共支出元整，处理率达%，在年的基础上，今年的月份共有媒体宣传次，报刊发稿篇，挑选了家企业开展试点。
`

// numbersBenchDoc returns the document the benchmarks read: the file named
// by GWLINT_BENCH_DOC when set (to measure a real corpus document), else
// sections copies of numbersBenchSection under a title.
func numbersBenchDoc(b *testing.B, sections int) *parser.Document {
	b.Helper()
	var text []byte
	if path := os.Getenv("GWLINT_BENCH_DOC"); path != "" {
		var err error
		if text, err = os.ReadFile(path); err != nil {
			b.Fatalf("GWLINT_BENCH_DOC: %v", err)
		}
	} else {
		var sb strings.Builder
		sb.WriteString("某县总工会2024年工作总结\n")
		for i := 1; i <= sections; i++ {
			sb.WriteString(strings.ReplaceAll(numbersBenchSection, "{n}", fmt.Sprint(i)))
		}
		text = []byte(sb.String())
	}
	doc, err := parser.Parse("bench.txt", text, parser.Options{})
	if err != nil {
		b.Fatalf("parse: %v", err)
	}
	return doc
}

// numbersBenchExtractors are the extractors of this package, by fact name.
var numbersBenchExtractors = []struct {
	name string
	fn   facts.Extractor
}{
	{"numbers", extractNumbers}, {"missing_numbers", extractMissingNumbers}, {"counts", extractCounts},
	{"totals", extractTotals}, {"percents", extractPercents}, {"dates", extractDates},
}

// BenchmarkExtractors times each extractor of this package on a document
// of about 200 KB and one of about 800 KB: time per byte should not grow
// with the document.
func BenchmarkExtractors(b *testing.B) {
	extractors := numbersBenchExtractors
	sizes := []int{200, 800}
	if os.Getenv("GWLINT_BENCH_DOC") != "" {
		sizes = sizes[:1] // one given document
	}
	for _, sections := range sizes {
		doc := numbersBenchDoc(b, sections)
		for _, ex := range extractors {
			b.Run(fmt.Sprintf("%s/%dKB", ex.name, len(doc.Text)/1000), func(b *testing.B) {
				env := numbersBenchEnv(b, doc)
				b.SetBytes(int64(len(doc.Text)))
				for b.Loop() {
					ex.fn(doc, env)
				}
			})
		}
	}
}

// numbersBenchEnv is numbersTestEnv with each paragraph simplified once up
// front, as the engine does, so that the benchmarks time the extractors
// and not the script conversion.
func numbersBenchEnv(b *testing.B, doc *parser.Document) *facts.Env {
	env := numbersTestEnv(b)
	simplified := make(map[*parser.Paragraph]string, len(doc.Paragraphs))
	for _, p := range doc.Paragraphs {
		simplified[p] = env.SimplifiedText(p)
	}
	return &facts.Env{Data: env.Data, Simplified: func(p *parser.Paragraph) string { return simplified[p] }, Memo: &facts.Memo{}}
}

// BenchmarkCorpus times every extractor of this package over a directory
// of documents, as the engine runs them on a batch: GWLINT_BENCH_DIR names
// the directory (the perf corpus, say), else testdata/clean. Profile it
// with -cpuprofile to see where a real mix of documents spends its time.
func BenchmarkCorpus(b *testing.B) {
	dir := os.Getenv("GWLINT_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(testenv.RepoRoot(b), "testdata", "clean")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("no documents in %s", dir)
	}
	var (
		docs []*parser.Document
		envs []*facts.Env
		size int64
	)
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatalf("reading %s: %v", f, err)
		}
		doc, err := parser.Parse(f, text, parser.Options{})
		if err != nil {
			b.Fatalf("parsing %s: %v", f, err)
		}
		docs, envs, size = append(docs, doc), append(envs, numbersBenchEnv(b, doc)), size+int64(len(text))
	}
	for _, ex := range numbersBenchExtractors {
		b.Run(ex.name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for i, doc := range docs {
					ex.fn(doc, envs[i])
				}
			}
		})
	}
}
