package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"

	"golang.org/x/text/encoding/unicode"
)

// Namespaces the reader recognizes. Transitional OOXML (what Word and
// LibreOffice write) and strict OOXML name the same elements under
// different URIs.
const (
	nsW          = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict    = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC         = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsMath       = "http://schemas.openxmlformats.org/officeDocument/2006/math"
	nsMathStrict = "http://purl.oclc.org/ooxml/officeDocument/math"
)

// isW reports whether an element belongs to WordprocessingML. An element in
// no namespace is accepted too, so that hand-written XML without xmlns
// declarations still reads.
func isW(n xml.Name) bool {
	return n.Space == nsW || n.Space == nsWStrict || n.Space == ""
}

func isMC(n xml.Name) bool { return n.Space == nsMC }

func isMath(n xml.Name) bool { return n.Space == nsMath || n.Space == nsMathStrict }

// attr returns the value of the attribute with the given local name,
// preferring the WordprocessingML one when several namespaces define it.
func attr(se xml.StartElement, local string) string {
	found := ""
	for _, a := range se.Attr {
		if a.Name.Local != local {
			continue
		}
		if isW(a.Name) {
			return a.Value
		}
		found = a.Value
	}
	return found
}

// onOff reads an ST_OnOff value: an element present without w:val is on.
func onOff(val string) bool {
	switch strings.ToLower(val) {
	case "false", "0", "off":
		return false
	}
	return true
}

// newDecoder returns a decoder for one XML part. OPC allows UTF-16 parts;
// they are transcoded to UTF-8 first so that byte offsets and the decoder
// agree on one encoding.
func newDecoder(data []byte) *xml.Decoder {
	data = toUTF8(data)
	d := xml.NewDecoder(bytes.NewReader(data))
	// The data is UTF-8 by now whatever the declaration says.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	return d
}

// unmarshalPart decodes a small part (styles, numbering) into v.
func unmarshalPart(data []byte, v any) error {
	return newDecoder(data).Decode(v)
}

func toUTF8(data []byte) []byte {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data, unicode.LittleEndian)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data, unicode.BigEndian)
	}
	return bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
}

func decodeUTF16(data []byte, order unicode.Endianness) []byte {
	out, err := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		return data // let the XML decoder report the part as malformed
	}
	return out
}
