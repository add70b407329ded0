// Package charset decodes text-like documents (txt, md, html) to UTF-8.
//
// Chinese administrative documents still arrive in GB18030/GBK from older
// Windows editors, in Big5 from Taiwan and Hong Kong, and in UTF-16 from
// Notepad's "Unicode" option, usually without any label. Every position gwlint
// reports is a byte offset into the decoded text, so decoding must be exact and
// must fail loudly: a wrong guess or a silently substituted U+FFFD would shift
// or corrupt every finding after it.
//
// Detection runs in a fixed order:
//
//  1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
//  2. data with NUL bytes is UTF-16 if it reads plausibly so, else binary;
//  3. valid UTF-8 is UTF-8 — unless the UTF-8 reading has stray control
//     characters or no character beyond two bytes, which no Chinese document
//     has but Han-only UTF-16 often produces;
//  4. BOM-less UTF-16, GB18030 and Big5 compete: each reading is scored by
//     the share of its characters that are frequent Han characters (the
//     embedded hanfreq.txt, about 3,000 per script) or Chinese punctuation.
//
// General-purpose detectors (chardet) guess wrong on the short texts this
// has to handle; the frequency table needs no context and was right on every
// sampled four-character snippet of the reference documents (see
// TestSeedDetectionAccuracy).
//
// Decode is safe for concurrent use.
package charset
