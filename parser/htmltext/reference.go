package htmltext

import "golang.org/x/net/html"

// maxReferenceName bounds the scan for a named character reference; the
// longest HTML entity name ("CounterClockwiseContourIntegral;") has 32.
const maxReferenceName = 40

// decodeReference decodes the character reference at the start of s (which
// begins with '&') and returns its length in bytes and its text. It returns
// 0 when s does not start with a reference, so the '&' is literal text.
// Decoding is delegated to x/net/html so that legacy names without ';'
// (&nbsp), code point fix-ups (&#128; → €) and longest-prefix matching
// (&notit; → ¬ followed by "it;") behave exactly as in the tokenizer.
func decodeReference(s string) (int, string) {
	if len(s) < 2 || s[0] != '&' {
		return 0, ""
	}
	end := 1
	if s[1] == '#' {
		end = 2
		if end < len(s) && (s[end] == 'x' || s[end] == 'X') {
			end++
		}
	}
	for end < len(s) && end < maxReferenceName && isAlnum(s[end]) {
		end++
	}
	if end < len(s) && s[end] == ';' {
		end++
	}
	candidate := s[:end]
	decoded := html.UnescapeString(candidate)
	if decoded == candidate {
		return 0, ""
	}
	// The reference is the shortest prefix whose decoding, followed by the
	// rest of the candidate left as is, gives the decoding of the whole.
	for n := 2; n <= len(candidate); n++ {
		head := html.UnescapeString(candidate[:n])
		if head != candidate[:n] && head+candidate[n:] == decoded {
			return n, head
		}
	}
	return 0, ""
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
