package segment

import (
	"runtime"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
)

// paragraph is a typical paragraph of a work report (about 300 bytes).
const paragraph = "县总工会按照县委的统一部署，深入开展工资集体协商和创先争优活动，全县签订集体合同120份，覆盖职工1.5万人，困难职工帮扶、金秋助学和送温暖活动扎实推进，职工之家建设取得了一定成效。"

// BenchmarkFirstCall measures what the first segmentation of a process
// costs: building the segmenter from the embedded dictionary and cutting
// one paragraph. The linter's budget for it is about 30 ms and 20 MB.
func BenchmarkFirstCall(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		seg, err := newSegmenter(dictText)
		if err != nil {
			b.Fatal(err)
		}
		seg.Segment([]byte(paragraph))
	}
}

// BenchmarkWordEnds measures segmentation once the dictionary is loaded.
func BenchmarkWordEnds(b *testing.B) {
	if err := Ready(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(paragraph)))
	b.ReportAllocs()
	for b.Loop() {
		WordEnds(paragraph)
	}
}

// TestLoadFitsTheMemoryBudget checks the heap the loaded segmenter keeps,
// a stable stand-in for the RSS it adds (see the benchmark for time).
func TestLoadFitsTheMemoryBudget(t *testing.T) {
	const budget = 20 << 20
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	seg, err := newSegmenter(dictText)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	live := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	runtime.KeepAlive(seg)
	t.Logf("segmenter keeps %.1f MB of heap; loading allocated %.1f MB in total",
		float64(live)/(1<<20), float64(after.TotalAlloc-before.TotalAlloc)/(1<<20))
	if live > budget {
		t.Errorf("segmenter keeps %d bytes, budget %d", live, budget)
	}
}

// TestSeedsSegmentWithoutFallback runs the reference documents through the
// segmenter, when they are present beside the repository, and checks that
// every paragraph tiles exactly.
func TestSeedsSegmentWithoutFallback(t *testing.T) {
	testenv.ForEachSeed(t, func(t *testing.T, text string) {
		for line := range strings.Lines(text) {
			if line = strings.TrimRight(line, "\n"); line != "" {
				checkTiling(t, line, WordEnds(line))
			}
		}
	})
}
