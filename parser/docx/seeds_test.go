package docx

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
)

// TestSeedRoundTrip writes each reference document from shared/seeds as a
// .docx at run time (one paragraph per line, runs split every few
// characters as Word splits them) and checks that Read gives the text
// back, line for line. It exercises real 公文 text, traditional characters
// and stray half-width punctuation without copying the seeds into the
// repository.
func TestSeedRoundTrip(t *testing.T) {
	testenv.ForEachSeed(t, func(t *testing.T, text string) {
		lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
		for i, l := range lines {
			lines[i] = strings.Map(xmlSafe, l)
		}
		var body strings.Builder
		for _, l := range lines {
			body.WriteString(`<w:p>`)
			for _, piece := range chunks(l, 7) {
				body.WriteString(`<w:r><w:t xml:space="preserve">` + escape(t, piece) + `</w:t></w:r>`)
			}
			body.WriteString(`</w:p>`)
		}
		src := mustRead(t, fixture{body: body.String()}.build(t))
		want := strings.Join(lines, "\n")
		if src.Text != want {
			t.Errorf("text differs from the seed (got %d bytes, want %d)", len(src.Text), len(want))
		}
	})
}

// xmlSafe replaces the characters XML 1.0 cannot carry (and the CR that
// would not survive as one) with a space.
func xmlSafe(r rune) rune {
	switch {
	case r == '\t':
		return r
	case r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
		return ' '
	}
	return r
}

func chunks(s string, size int) []string {
	runes := []rune(s)
	var out []string
	for len(runes) > size {
		out = append(out, string(runes[:size]))
		runes = runes[size:]
	}
	return append(out, string(runes))
}

func escape(t *testing.T, s string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := xml.EscapeText(&buf, []byte(s)); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
