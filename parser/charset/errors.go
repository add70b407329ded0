package charset

import (
	"errors"
	"fmt"
)

// Reasons a DecodeError carries.
const (
	// ReasonInvalid means the bytes at Offset are not a valid sequence in
	// Encoding: the decoder would have substituted U+FFFD for them.
	ReasonInvalid = "invalid byte sequence"
	// ReasonBinary means the data holds a NUL character, which no text
	// document contains; the caller reports the file as binary.
	ReasonBinary = "binary data"
)

// ErrUnknownEncoding is wrapped by Decode when the forced encoding name is not
// one Known accepts.
var ErrUnknownEncoding = errors.New("unknown encoding")

// DecodeError reports where decoding failed.
type DecodeError struct {
	// Encoding is the canonical name of the encoding the data was decoded
	// as; empty for binary data found while detecting.
	Encoding string
	// Offset is the byte offset of the first offending byte in the input,
	// byte-order mark included.
	Offset int
	// Reason is ReasonInvalid or ReasonBinary.
	Reason string
}

func (e *DecodeError) Error() string {
	if e.Reason == ReasonInvalid {
		return fmt.Sprintf("invalid %s byte sequence at byte offset %d", e.Encoding, e.Offset)
	}
	if e.Encoding == "" {
		return fmt.Sprintf("%s at byte offset %d", e.Reason, e.Offset)
	}
	return fmt.Sprintf("%s at byte offset %d (decoding as %s)", e.Reason, e.Offset, e.Encoding)
}

func invalidAt(encoding string, offset int) *DecodeError {
	return &DecodeError{Encoding: encoding, Offset: offset, Reason: ReasonInvalid}
}

func binaryAt(encoding string, offset int) *DecodeError {
	return &DecodeError{Encoding: encoding, Offset: offset, Reason: ReasonBinary}
}
