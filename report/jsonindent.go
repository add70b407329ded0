package report

import (
	"io"
)

// indentChunk is how much indented output is collected before a write.
const indentChunk = 64 << 10

// writeIndented writes compact JSON to w indented as json.Indent(dst, src,
// "", indent) formats it, followed by a newline, as an indenting
// json.Encoder writes a value. White space outside strings is dropped.
//
// SARIF output of a long report is tens of megabytes; json.Encoder's
// indentation runs the JSON scanner's state machine per byte and grows a
// second buffer of the whole output. This pass only tracks strings and
// nesting and writes in chunks. TestWriteIndented and FuzzWriteIndented
// hold it to json.Indent.
func writeIndented(w io.Writer, src []byte, indent string) error {
	out := make([]byte, 0, indentChunk+1024)
	depth := 0
	needIndent := false // after { or [: indent unless the next byte closes it
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		}
		if needIndent && c != '}' && c != ']' {
			needIndent = false
			depth++
			out = appendIndentNewline(out, indent, depth)
		}
		switch c {
		case '"':
			end := stringEnd(src, i)
			out = append(out, src[i:end]...)
			i = end - 1
		case '{', '[':
			needIndent = true
			out = append(out, c)
		case ',':
			out = append(out, c)
			out = appendIndentNewline(out, indent, depth)
		case ':':
			out = append(out, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false // empty: {} and []
			} else {
				depth--
				out = appendIndentNewline(out, indent, depth)
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
		if len(out) >= indentChunk {
			if _, err := w.Write(out); err != nil {
				return err
			}
			out = out[:0]
		}
	}
	out = append(out, '\n')
	_, err := w.Write(out)
	return err
}

// stringEnd returns the index just past the JSON string that starts with
// the quote at src[start], or len(src) for an unterminated one.
func stringEnd(src []byte, start int) int {
	for i := start + 1; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++ // the escaped byte cannot end the string
		case '"':
			return i + 1
		}
	}
	return len(src)
}

// appendIndentNewline starts a new line indented depth times.
func appendIndentNewline(dst []byte, indent string, depth int) []byte {
	dst = append(dst, '\n')
	for range depth {
		dst = append(dst, indent...)
	}
	return dst
}
