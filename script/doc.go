// Package script tells traditional from simplified Chinese characters and
// folds traditional text onto simplified for pattern matching.
//
// gwlint's word lists are written in simplified Chinese, but a common source of
// documents is a simplified template run through OpenCC's s2t. The engine
// therefore matches patterns against a simplified copy of each paragraph
// (ToSimplified) whose bytes line up one-for-one with the original, so a match
// in the copy is an exact position in the document. The rule script/mixed
// uses Classify, Count and Majority to find characters of the minority script.
//
// The tables are generated from OpenCC's character dictionaries by
// script/internal/gen and embedded from data/ (Apache-2.0, see data/NOTICE).
// Conversion is character by character. Traditional→simplified is
// essentially many-to-one; OpenCC's t2s phrase table (277 entries) only keeps
// proper names such as 乾隆 unconverted. On the traditional reference
// document ToSimplified gives exactly the bytes of `opencc -c t2s`.
package script

//go:generate go run ./internal/gen
