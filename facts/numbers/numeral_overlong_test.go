package numbers

import (
	"strings"
	"testing"

	"github.com/gwlint/gwlint/parser"
)

// A run of digits too long for a float64 (a pasted serial, a corrupted
// table cell) is no number, and the scanners must step over it whole: when
// they retried at every digit, each try reading the rest of the run, a line
// of 200,000 digits took minutes. These tests check the skipping itself,
// which is what keeps the scans linear.
func TestOverlongDigitRunIsSkippedWhole(t *testing.T) {
	run := strings.Repeat("1", 400) // past float64's range (1e308)
	s := "共有" + run + "人参加，占" + run + "%。"
	start := len("共有")
	end := start + len(run)

	num, ok := readNumeral(s, start)
	if ok || num.end != end {
		t.Errorf("readNumeral on %d digits = (end %d, %v), want (end %d, false)", len(run), num.end, ok, end)
	}
	if got := skipFailedNumeral(s, start); got != end {
		t.Errorf("skipFailedNumeral = %d, want %d (past the run)", got, end)
	}
	if _, next, ok := scanNumber(s, start); ok || next != end {
		t.Errorf("scanNumber = (next %d, %v), want (next %d, false)", next, ok, end)
	}
	if got := countPhrases(s); len(got) != 0 {
		t.Errorf("countPhrases = %v, want none", got)
	}
	if got := paragraphNumbers(&parser.Paragraph{Text: s}, s); len(got) != 0 {
		t.Errorf("paragraphNumbers = %v, want none", got)
	}

	// A readable numeral still fails only for itself: "5" is read.
	if num, ok := readNumeral("5人", 0); !ok || num.end != 1 {
		t.Errorf(`readNumeral("5人") = (%+v, %v), want end 1`, num, ok)
	}
	// A non-numeral fails with end 0: callers step one character.
	if num, ok := readNumeral("人", 0); ok || num.end != 0 {
		t.Errorf(`readNumeral("人") = (%+v, %v), want end 0`, num, ok)
	}
}
