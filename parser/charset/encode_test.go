package charset

import "testing"

// Encode must give back the bytes Decode read, for every encoding gwlint
// detects, so that `gwlint fix` never changes more than it fixes.
func TestEncodeRoundTrips(t *testing.T) {
	texts := map[string]string{
		UTF8:    "县总工会工作总结，𠀋字。",
		UTF16LE: "县总工会工作总结，𠀋字。",
		UTF16BE: "县总工会工作总结。",
		GB18030: "县总工会工作总结，𠀋字。",
		Big5:    "縣總工會工作總結。",
	}
	for name, text := range texts {
		for _, bom := range []bool{false, true} {
			if bom && name == Big5 {
				continue // Big5 has no byte-order mark
			}
			data, err := Encode(text, name, bom)
			if err != nil {
				t.Fatalf("%s bom=%v: %v", name, bom, err)
			}
			got, err := Decode(data, name)
			if err != nil {
				t.Fatalf("%s bom=%v: decoding back: %v", name, bom, err)
			}
			if got.Text != text || got.BOM != bom {
				t.Errorf("%s bom=%v: round trip gave %q (bom %v)", name, bom, got.Text, got.BOM)
			}
		}
	}
}

func TestEncodeRefusesUnrepresentableText(t *testing.T) {
	if _, err := Encode("县总工会", Big5, false); err == nil {
		t.Error("simplified characters written as Big5 without an error")
	}
	if _, err := Encode("x", "no-such-encoding", false); err == nil {
		t.Error("unknown encoding accepted")
	}
}
