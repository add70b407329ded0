package charset

import (
	_ "embed"
	"math"
	"strings"
	"sync"
)

//go:generate go run ./internal/gen -o hanfreq.txt

// hanfreqTable holds the most frequent simplified and traditional Han
// characters, generated from gse's word-frequency dictionaries.
//
//go:embed hanfreq.txt
var hanfreqTable string

// hanRanks gives each frequent Han character its frequency rank, 0 for the
// most frequent. Detection looks up every character of every candidate
// reading, so it is a dense array over the table's code-point span (about
// 25,000 entries) rather than a map, which profiled as the bottleneck.
type hanRanks struct {
	lo      rune
	rankP1  []uint16  // rank+1 of rune lo+i; 0 when not frequent
	logRank []float64 // log(1+rank), precomputed for evidence.commonness
}

// rank returns r's rank and whether r is frequent at all.
func (h *hanRanks) rank(r rune) (int, bool) {
	i := r - h.lo
	if i < 0 || int(i) >= len(h.rankP1) || h.rankP1[i] == 0 {
		return 0, false
	}
	return int(h.rankP1[i]) - 1, true
}

// frequentHan is the union of the table's scripts, built on first use: only
// legacy-encoding and UTF-16 detection need it. Both scripts are included
// because Big5 text is traditional and GBK text may be, and a right decoding
// must score well in either script. A character in both lists keeps its
// better rank.
var frequentHan = sync.OnceValue(func() *hanRanks {
	return parseHanfreq(hanfreqTable)
})

// parseHanfreq reads "label<TAB>characters" lines, most frequent first,
// skipping # comments.
func parseHanfreq(table string) *hanRanks {
	ranks := make(map[rune]int)
	maxRank := 0
	for line := range strings.Lines(table) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		_, chars, ok := strings.Cut(strings.TrimRight(line, "\r\n"), "\t")
		if !ok {
			continue
		}
		rank := 0
		for _, c := range chars {
			if old, seen := ranks[c]; !seen || rank < old {
				ranks[c] = rank
			}
			maxRank = max(maxRank, rank)
			rank++
		}
	}
	return denseRanks(ranks, min(maxRank, math.MaxUint16-1))
}

// denseRanks turns a rank map into hanRanks; ranks above maxRank (which must
// fit uint16 with room for the +1) are dropped.
func denseRanks(ranks map[rune]int, maxRank int) *hanRanks {
	h := &hanRanks{logRank: make([]float64, maxRank+1)}
	for i := range h.logRank {
		h.logRank[i] = math.Log1p(float64(i))
	}
	if len(ranks) == 0 {
		return h
	}
	lo, hi := rune(math.MaxInt32), rune(-1)
	for c := range ranks {
		lo, hi = min(lo, c), max(hi, c)
	}
	h.lo = lo
	h.rankP1 = make([]uint16, hi-lo+1)
	for c, r := range ranks {
		if r <= maxRank {
			h.rankP1[c-lo] = uint16(r + 1)
		}
	}
	return h
}
