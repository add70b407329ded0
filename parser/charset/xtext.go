package charset

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// replacementUTF8 is U+FFFD as it appears in decoded output.
var replacementUTF8 = []byte(string(utf8.RuneError))

// xtextCodec decodes with a golang.org/x/text decoder. Those decoders never
// fail: they substitute U+FFFD for bytes they cannot map. The codec turns the
// first such substitution back into a DecodeError with its byte offset.
type xtextCodec struct {
	name string
	enc  encoding.Encoding
	// encodedFFFD is how the encoding spells U+FFFD itself (GB18030 can:
	// 84 31 A4 37), or nil. A decoded U+FFFD from exactly these bytes is text,
	// not a substitution.
	encodedFFFD []byte
}

func newXTextCodec(name string, enc encoding.Encoding) xtextCodec {
	spelled, err := enc.NewEncoder().Bytes(replacementUTF8)
	if err != nil {
		spelled = nil // the encoding cannot hold U+FFFD
	}
	return xtextCodec{name: name, enc: enc, encodedFFFD: spelled}
}

func (c xtextCodec) decode(data []byte) (Result, error) {
	d, err := c.decodeLenient(data)
	if err != nil {
		return Result{}, err
	}
	if d.firstInvalid >= 0 {
		return Result{}, invalidAt(c.name, d.firstInvalid)
	}
	return Result{Text: d.text, Encoding: c.name}, nil
}

// lenientDecoding is a decoding that kept going past invalid bytes, for
// detection to weigh before deciding which error, if any, to report.
type lenientDecoding struct {
	text         string // with U+FFFD where bytes were invalid
	firstInvalid int    // offset of the first invalid sequence, -1 if none
}

// decodeLenient decodes data, locating the first substituted sequence.
// It fails only on NUL bytes (binary data) or an internal transform error.
func (c xtextCodec) decodeLenient(data []byte) (lenientDecoding, error) {
	// Every encoding reachable here is ASCII-compatible, so a NUL byte is a
	// NUL character.
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return lenientDecoding{}, binaryAt(c.name, i)
	}
	out, _, err := transform.Bytes(c.enc.NewDecoder(), data)
	if err != nil {
		return lenientDecoding{}, fmt.Errorf("decoding %s: %w", c.name, err)
	}
	d := lenientDecoding{text: string(out), firstInvalid: -1}
	if bytes.Contains(out, replacementUTF8) {
		if d.firstInvalid, err = c.firstSubstitution(data); err != nil {
			return lenientDecoding{}, err
		}
	}
	return d, nil
}

// firstSubstitution re-decodes data one character at a time and returns the
// offset where the decoder first produced U+FFFD for bytes that do not spell
// U+FFFD, or -1. It is the slow path, taken only when the output has U+FFFD.
func (c xtextCodec) firstSubstitution(data []byte) (int, error) {
	dec := c.enc.NewDecoder()
	for pos := 0; pos < len(data); {
		out, n, err := decodeOneChar(dec, data[pos:])
		if err != nil {
			return 0, fmt.Errorf("decoding %s at byte offset %d: %w", c.name, pos, err)
		}
		if bytes.Contains(out, replacementUTF8) && !bytes.Equal(data[pos:pos+n], c.encodedFFFD) {
			return pos, nil
		}
		pos += n
	}
	return -1, nil
}

// decodeOneChar decodes the first character of src by offering the decoder
// the shortest prefix it will accept: streaming decoders answer ErrShortSrc
// until they have a whole sequence, so the first prefix that yields output
// holds exactly one character (or one substituted sequence).
func decodeOneChar(dec transform.Transformer, src []byte) (out []byte, n int, err error) {
	var buf [32]byte // one character, or Big5's two-rune sequences
	for k := 1; k <= len(src); k++ {
		nDst, nSrc, err := dec.Transform(buf[:], src[:k], k == len(src))
		if errors.Is(err, transform.ErrShortSrc) && nSrc == 0 {
			continue
		}
		if nSrc > 0 {
			return buf[:nDst], nSrc, nil
		}
		if err != nil {
			return nil, 0, err
		}
	}
	return nil, 0, errors.New("decoder consumed no input")
}
