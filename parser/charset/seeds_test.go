package charset

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding"

	"github.com/gwlint/gwlint/internal/testenv"
)

// seedDoc is a reference document from ../shared/seeds, read at run time
// only (the documents are third-party text and are not copied into the repo).
type seedDoc struct {
	File   string `json:"file"`
	Script string `json:"script"` // "simplified", or "traditional" plus a note
	text   string
}

// loadSeeds reads the reference documents, skipping the test when they are
// not next to the repository.
func loadSeeds(t *testing.T) []seedDoc {
	t.Helper()
	var docs []seedDoc
	dir := testenv.SeedLabels(t, &docs)
	for i := range docs {
		b, err := os.ReadFile(filepath.Join(dir, docs[i].File))
		if err != nil {
			t.Fatal(err)
		}
		docs[i].text = string(b)
	}
	return docs
}

// hanWindows cuts text into snippets holding exactly n Han characters (and
// whatever punctuation lies between them), starting at a Han character
// every step runes — the short fragments where statistical detectors fail.
func hanWindows(text string, n, step int) []string {
	runes := []rune(text)
	var out []string
	for start := 0; start < len(runes); start += step {
		for start < len(runes) && !unicode.Is(unicode.Han, runes[start]) {
			start++
		}
		han, end := 0, start
		for end < len(runes) && han < n {
			if unicode.Is(unicode.Han, runes[end]) {
				han++
			}
			end++
		}
		if han == n {
			out = append(out, string(runes[start:end]))
		}
	}
	return out
}

// accuracy encodes every window with enc and reports how many Decode
// detects as want. Windows enc cannot represent are left out.
func accuracy(windows []string, enc encoding.Encoding, want string) (hits, total int, misses []string) {
	for _, w := range windows {
		data, err := enc.NewEncoder().Bytes([]byte(w))
		if err != nil {
			continue
		}
		total++
		res, err := Decode(data, "")
		if err == nil && res.Encoding == want && res.Text == w {
			hits++
		} else if len(misses) < 5 {
			misses = append(misses, fmt.Sprintf("%q → %q %v", w, res.Encoding, err))
		}
	}
	return hits, total, misses
}

func TestSeedDetectionAccuracy(t *testing.T) {
	docs := loadSeeds(t)
	// Minimum accuracy per window size. GB18030 must be perfect from four
	// characters on, as the heuristic measured in dependencies.md §5 is;
	// Big5 must at least match that heuristic's figures.
	cases := []struct {
		han            int
		minGB, minBig5 float64
	}{
		{4, 1, 0.79},
		{8, 1, 0.92},
		{12, 1, 0.97},
		{16, 1, 1},
		{32, 1, 1},
		{64, 1, 1},
	}
	for _, tc := range cases {
		var gbHits, gbTotal, b5Hits, b5Total int
		for _, d := range docs {
			windows := hanWindows(d.text, tc.han, 97)
			h, n, misses := accuracy(windows, encGB18030, GB18030)
			gbHits, gbTotal = gbHits+h, gbTotal+n
			logMisses(t, d.File, GB18030, misses)
			if strings.HasPrefix(d.Script, "traditional") {
				h, n, misses = accuracy(windows, encBig5, Big5)
				b5Hits, b5Total = b5Hits+h, b5Total+n
				logMisses(t, d.File, Big5, misses)
			}
		}
		u16Hits, u16Total := 0, 0
		for _, d := range docs {
			for _, enc := range []struct {
				enc  encoding.Encoding
				name string
			}{{encUTF16LE, UTF16LE}, {encUTF16BE, UTF16BE}} {
				h, n, misses := accuracy(hanWindows(d.text, tc.han, 97), enc.enc, enc.name)
				u16Hits, u16Total = u16Hits+h, u16Total+n
				logMisses(t, d.File, enc.name, misses)
			}
		}
		if u16Hits != u16Total {
			t.Errorf("%d Han: BOM-less UTF-16 detected in %d/%d windows", tc.han, u16Hits, u16Total)
		}
		gb, b5 := ratio(gbHits, gbTotal), ratio(b5Hits, b5Total)
		t.Logf("seed windows of %2d Han: gb18030 %d/%d (%.1f%%), big5 %d/%d (%.1f%%), utf-16 %d/%d",
			tc.han, gbHits, gbTotal, 100*gb, b5Hits, b5Total, 100*b5, u16Hits, u16Total)
		if gb < tc.minGB || b5 < tc.minBig5 {
			t.Errorf("%d Han: accuracy gb18030 %.3f (want ≥ %.2f), big5 %.3f (want ≥ %.2f)",
				tc.han, gb, tc.minGB, b5, tc.minBig5)
		}
	}
}

func logMisses(t *testing.T, file, enc string, misses []string) {
	t.Helper()
	for _, m := range misses {
		t.Logf("  %s as %s: %s", file, enc, m)
	}
}

func ratio(hits, total int) float64 {
	if total == 0 {
		return 1
	}
	return float64(hits) / float64(total)
}
