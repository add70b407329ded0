package parser

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gwlint/gwlint/parser/docx"
	"github.com/gwlint/gwlint/parser/htmltext"
	"github.com/gwlint/gwlint/parser/markdown"
	"github.com/gwlint/gwlint/parser/source"
)

// formatReader is one input format: the extensions that select it and the
// reader that turns a file into a Source. Text formats are decoded to
// UTF-8 first (decodes), docx is read from its bytes.
type formatReader struct {
	format     string   // the name in Document.Format and --input-format
	extensions []string // listed in error messages, lower case
	aliases    []string // further extensions, not advertised
	decodes    bool
	readText   func(text string) (*source.Source, error)
	readBytes  func(data []byte) (*source.Source, error)
}

// formats is the registry, in the order error messages list them.
var formats = []formatReader{
	{format: "txt", extensions: []string{".txt"}, aliases: []string{".text"}, decodes: true, readText: readPlainText},
	{format: "md", extensions: []string{".md", ".markdown"}, decodes: true, readText: markdown.Read},
	{format: "html", extensions: []string{".html", ".htm"}, decodes: true, readText: htmltext.Read},
	{format: "docx", extensions: []string{".docx"}, readBytes: docx.Read},
}

// readPlainText adapts readText to the reader signature.
func readPlainText(text string) (*source.Source, error) { return readText(text), nil }

// readerFor picks the format: the forced one, else by extension. A name
// without an extension (standard input) is read as plain text.
func readerFor(name, forced string) (formatReader, error) {
	if forced != "" {
		want := strings.ToLower(strings.TrimPrefix(forced, "."))
		for _, r := range formats {
			if r.format == want || r.hasExtension("."+want) {
				return r, nil
			}
		}
		return formatReader{}, fmt.Errorf("unknown input format %q (supported: %s)", forced, formatNames())
	}
	ext := strings.ToLower(filepath.Ext(name))
	if ext == "" {
		return formats[0], nil
	}
	for _, r := range formats {
		if r.hasExtension(ext) {
			return r, nil
		}
	}
	return formatReader{}, fmt.Errorf("unsupported format %q (supported: %s)", ext, extensionList())
}

func (r formatReader) hasExtension(ext string) bool {
	return slices.Contains(r.extensions, ext) || slices.Contains(r.aliases, ext)
}

// extensionList is ".txt, .md, …" for error messages.
func extensionList() string {
	var exts []string
	for _, r := range formats {
		exts = append(exts, r.extensions...)
	}
	return strings.Join(exts, ", ")
}

// formatNames is "txt, md, …" for error messages.
func formatNames() string { return strings.Join(Formats(), ", ") }

// Formats lists the input format names Parse accepts in Options.Format.
func Formats() []string {
	names := make([]string, len(formats))
	for i, r := range formats {
		names[i] = r.format
	}
	return names
}
