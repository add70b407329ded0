// Package readertest holds what the tests of the text-format readers
// (htmltext, markdown) share: reading with every invariant checked, the
// fuzz target, the benchmark and the linear-time check, and compact
// renderings of a Source for assertions. Each reader's tests describe the
// reader once, in a Reader value, and keep only their own cases.
package readertest

import (
	"errors"
	"testing"

	"github.com/gwlint/gwlint/parser/source"
)

// Reader describes a reader that turns decoded text into a Source.
type Reader struct {
	// Read is the reader under test.
	Read func(string) (*source.Source, error)
	// InvalidUTF8 is the error Read wraps when its input is not UTF-8.
	InvalidUTF8 error
	// CheckFormat checks what this format promises beyond
	// source.Validate, such as how a segment's text relates to the source
	// it covers. Nil when there is nothing more.
	CheckFormat func(*source.Source) error
}

// Check verifies every invariant of src read from input: Text is the input
// itself (a text reader never rewrites its input), src.Validate holds, and
// so does the format's own check.
func (r Reader) Check(input string, src *source.Source) error {
	if src.Text != input {
		return errors.New("Source.Text differs from the input")
	}
	if err := src.Validate(); err != nil {
		return err
	}
	if r.CheckFormat != nil {
		return r.CheckFormat(src)
	}
	return nil
}

// Checked reads input, failing the test on an error or a broken invariant.
func (r Reader) Checked(t testing.TB, input string) *source.Source {
	t.Helper()
	src, err := r.Read(input)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if err := r.Check(input, src); err != nil {
		t.Fatalf("invariant: %v", err)
	}
	return src
}
