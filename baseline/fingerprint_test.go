package baseline

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"testing"
)

func TestFingerprintNormalizes(t *testing.T) {
	base := Fingerprint("placeholder/unfilled", "XX年度", "一、工作开展情况 > （一）组织建设")
	same := []struct{ name, rule, text, section string }{
		{"re-wrapped text", "placeholder/unfilled", "XX\n 年度", "一、工作开展情况 > （一）组织建设"},
		{"full-width letters", "placeholder/unfilled", "ＸＸ年度", "一、工作开展情况 > （一）组织建设"},
		{"lower-case letters", "placeholder/unfilled", "xx年度", "一、工作开展情况 > （一）组织建设"},
		{"ideographic spaces", "placeholder/unfilled", "XX\u3000年度", "一、工作开展情况>（一）组织建设"},
	}
	for _, tt := range same {
		if got := Fingerprint(tt.rule, tt.text, tt.section); got != base {
			t.Errorf("%s: fingerprint %s differs from %s", tt.name, got, base)
		}
	}
	different := []struct{ name, rule, text, section string }{
		{"other rule", "placeholder/stars", "XX年度", "一、工作开展情况 > （一）组织建设"},
		{"other text", "placeholder/unfilled", "XX月", "一、工作开展情况 > （一）组织建设"},
		{"other section", "placeholder/unfilled", "XX年度", "二、存在的问题"},
		{"boundary moved between parts", "placeholder/unfilledX", "X年度", "一、工作开展情况 > （一）组织建设"},
	}
	for _, tt := range different {
		if got := Fingerprint(tt.rule, tt.text, tt.section); got == base {
			t.Errorf("%s: fingerprint equals the base", tt.name)
		}
	}
	if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(base) {
		t.Errorf("fingerprint %q is not 16 bytes of hex", base)
	}
}

// referenceFingerprint is Fingerprint written the straightforward way, one
// hash write per normalized part, for the oracle tests.
func referenceFingerprint(rule, text, section string) string {
	h := sha256.New()
	for _, part := range []string{rule, referenceNormalize(text), referenceNormalize(section)} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
