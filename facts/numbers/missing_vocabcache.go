package numbers

import "github.com/gwlint/gwlint/facts"

// loadGapVocab returns the vocabulary of env's data, built once per engine
// (facts.Memo) rather than once per document: sorting and indexing some
// four hundred words per document took a sixth of the extractor's time.
func loadGapVocab(env *facts.Env) *gapVocab {
	return facts.Memoized(env, "numbers.gap_vocab", func() *gapVocab {
		return newGapVocab(numbersData(env, "missing_value"))
	})
}
