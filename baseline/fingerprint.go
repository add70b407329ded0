// Package baseline records the findings a project has accepted so that
// later runs report only new ones. Findings are matched by a fingerprint
// that ignores positions, because adding a paragraph near the top of a
// 工作总结 moves every line below it.
package baseline

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fingerprint identifies a finding across edits elsewhere in the document:
// the rule, the matched text and the section path, each normalized so that
// re-wrapping a line or switching between full- and half-width forms
// (NFKC) does not make an accepted finding new. The result is the first 16
// bytes of a SHA-256, in hex.
func Fingerprint(rule, text, section string) string {
	h := sha256.New()
	for _, part := range []string{rule, normalize(text), normalize(section)} {
		h.Write([]byte(part))
		h.Write([]byte{0}) // separator: ("ab","c") must differ from ("a","bc")
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// normalize applies NFKC, removes all white space and lower-cases ASCII
// letters (other scripts are left alone: case folding Han is meaningless
// and folding Greek or Cyrillic is not the point here).
func normalize(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return -1
		case r >= 'A' && r <= 'Z':
			return r + ('a' - 'A')
		}
		return r
	}, norm.NFKC.String(s))
}
