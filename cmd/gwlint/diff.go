package main

import (
	"fmt"
	"io"
	"strings"
)

// maxDiffCells bounds the line-matching table of writeDiff; beyond it the
// changed region is printed as one replacement.
const maxDiffCells = 4 << 20

// writeDiff prints a unified-style diff of two texts: the common first and
// last lines are skipped and the rest is aligned line by line (longest
// common subsequence), so a fix shows as the few lines it changed.
func writeDiff(w io.Writer, path, before, after string) {
	a, b := strings.SplitAfter(before, "\n"), strings.SplitAfter(after, "\n")
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	a, b = a[pre:len(a)-suf], b[pre:len(b)-suf]
	fmt.Fprintf(w, "--- %s\n+++ %s (fixed)\n@@ -%d,%d +%d,%d @@\n", path, path, pre+1, len(a), pre+1, len(b))
	for _, l := range alignLines(a, b) {
		fmt.Fprint(w, l.op, strings.TrimSuffix(l.text, "\n"), "\n")
	}
}

type diffLine struct{ op, text string }

// alignLines returns the edit script turning a into b.
func alignLines(a, b []string) []diffLine {
	var out []diffLine
	if len(a)*len(b) > maxDiffCells {
		for _, l := range a {
			out = append(out, diffLine{"-", l})
		}
		for _, l := range b {
			out = append(out, diffLine{"+", l})
		}
		return out
	}
	// lcs[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			out = append(out, diffLine{" ", a[i]})
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || lcs[i+1][j] >= lcs[i][j+1]):
			out = append(out, diffLine{"-", a[i]})
			i++
		default:
			out = append(out, diffLine{"+", b[j]})
			j++
		}
	}
	return out
}
