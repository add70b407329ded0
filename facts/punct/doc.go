// Package punct extracts the punctuation facts: ASCII marks typed in
// Chinese text, which GB/T 15834 writes full-width
// (input.facts.halfwidth_punct), and quotation marks, brackets and
// book-title marks left unclosed or closed by the wrong partner
// (punct_pairs).
//
// Both skip the web addresses, e-mail addresses and code spans in which
// ASCII punctuation is syntax rather than prose, so they share the
// protected spans that mark them.
package punct
