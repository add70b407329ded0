package readertest

import (
	"errors"
	"testing"
	"unicode/utf8"
)

// Fuzz runs the fuzz target of a reader over f's corpus: no input may make
// Read panic, input that is not UTF-8 must be refused with r.InvalidUTF8,
// and any other input must be read with every invariant kept. Callers add
// their seed inputs to f first.
func (r Reader) Fuzz(f *testing.F) {
	f.Fuzz(func(t *testing.T, in string) {
		src, err := r.Read(in)
		if !utf8.ValidString(in) {
			if !errors.Is(err, r.InvalidUTF8) {
				t.Fatalf("invalid UTF-8: err = %v, want %v", err, r.InvalidUTF8)
			}
			return
		}
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		if err := r.Check(in, src); err != nil {
			t.Fatal(err)
		}
	})
}
