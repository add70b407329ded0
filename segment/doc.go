// Package segment splits Chinese text into words, for rules that must know
// whether a match is a word of its own: 二个 is wrong in 成立二个小组 but
// part of 十二个, and 局局 is a slip in 社会保障局局、 but not in 局局长.
//
// It wraps gse (github.com/go-ego/gse) with a compact dictionary generated
// from gse's own word list (dict.txt: the most frequent general words plus
// the domain terms in domain-terms.txt and the forms of the typo lists), so
// loading takes milliseconds rather than the seconds the full dictionary
// costs. The dictionary loads on first use: most documents have no match
// that asks for word boundaries and never pay for it.
//
// Only shortest-path segmentation is used; gse's HMM model is not loaded,
// because it rewrites a package-global map on every load and guesses new
// words, which makes boundaries less predictable, not more.
package segment

//go:generate go run ./internal/gen
