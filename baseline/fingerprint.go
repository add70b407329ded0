// Package baseline records the findings a project has accepted so that
// later runs report only new ones. Findings are matched by a fingerprint
// that ignores positions, because adding a paragraph near the top of a
// 工作总结 moves every line below it.
package baseline

import (
	"crypto/sha256"
	"encoding/hex"
)

// fingerprintStackBytes is the hashed input most findings fit in without a
// heap allocation (a rule id, a sentence or two and a section path).
const fingerprintStackBytes = 1024

// Fingerprint identifies a finding across edits elsewhere in the document:
// the rule, the matched text and the section path, each normalized so that
// re-wrapping a line or switching between full- and half-width forms
// (NFKC) does not make an accepted finding new. The result is the first 16
// bytes of a SHA-256, in hex.
//
// Every finding of a run is fingerprinted (tens of thousands on a long
// report), so the three parts are normalized into one buffer and hashed in
// one call rather than built as separate strings.
func Fingerprint(rule, text, section string) string {
	var stack [fingerprintStackBytes]byte
	buf := append(stack[:0], rule...)
	buf = append(buf, 0) // separator: ("ab","c") must differ from ("a","bc")
	buf = appendNormalized(buf, text)
	buf = append(buf, 0)
	buf = appendNormalized(buf, section)
	buf = append(buf, 0)
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:16])
}
