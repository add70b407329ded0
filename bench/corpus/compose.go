package main

import (
	"math/rand/v2"
	"strings"
)

// seed fixes the random draws, so the same testdata always yields the same
// corpus bytes and results from different days compare like with like.
const seed = 0x67776c696e74 // "gwlint"

// composer builds benchmark documents from the team's documents. A document
// mixes several sources so that 1,000 of them are all different (a linter
// cannot profit from identical inputs) while staying in the register gwlint
// is written for.
type composer struct {
	clean, samples []source
}

// document returns the paragraphs of document number i, whole paragraphs
// only and at most limit bytes when written one per line. It starts with a
// clean document from its title, follows with nSamples sample documents
// (which carry the placeholders, typos and empty quotes both linters look
// for), then the other clean documents in an order drawn for i, each rotated
// by a drawn number of paragraphs.
func (c composer) document(i, limit, nSamples int) []string {
	rng := rand.New(rand.NewPCG(seed, uint64(i)))
	lead := i % len(c.clean)
	parts := [][]string{c.clean[lead].paragraphs}
	for k := range nSamples {
		parts = append(parts, c.samples[(i/len(c.clean)+k)%len(c.samples)].paragraphs)
	}
	for _, j := range rng.Perm(len(c.clean)) {
		if j == lead {
			continue
		}
		paras := c.clean[j].paragraphs
		parts = append(parts, rotate(paras, rng.IntN(len(paras))))
	}
	return fill(parts, limit)
}

// rotate returns paras starting at paragraph k and wrapping around.
func rotate(paras []string, k int) []string {
	out := make([]string, 0, len(paras))
	out = append(out, paras[k:]...)
	return append(out, paras[:k]...)
}

// fill takes paragraphs from parts in order until the next one would make
// the text longer than limit bytes.
func fill(parts [][]string, limit int) []string {
	var out []string
	size := 0
	for _, part := range parts {
		for _, p := range part {
			if size+len(p)+1 > limit {
				return out
			}
			out = append(out, p)
			size += len(p) + 1
		}
	}
	return out
}

// text writes paragraphs one per line, with a final newline.
func text(paras []string) string {
	if len(paras) == 0 {
		return ""
	}
	return strings.Join(paras, "\n") + "\n"
}
