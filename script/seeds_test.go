package script

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
)

// seedDoc is the part of ../shared/seeds/labels.json these tests need.
type seedDoc struct {
	File   string `json:"file"`
	Script string `json:"script"`
}

// TestSeedDocuments checks the tables against the reference documents: the
// traditional one is exact OpenCC s2t output, so it must hold no
// simplified-only character and simplify completely; the simplified ones
// must hold no traditional-only character and stay byte-identical.
func TestSeedDocuments(t *testing.T) {
	var docs []seedDoc
	dir := testenv.SeedLabels(t, &docs)
	if len(docs) == 0 {
		t.Fatal("labels.json lists no documents")
	}
	for _, doc := range docs {
		t.Run(doc.File, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, doc.File))
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			counts := Count(text)
			simplified := ToSimplified(text)
			if len(simplified) != len(text) {
				t.Fatalf("ToSimplified changed the length: %d → %d", len(text), len(simplified))
			}
			after := Count(simplified)

			if strings.HasPrefix(doc.Script, Traditional) {
				if got := Majority(counts); got != Traditional || counts.SimplifiedOnly != 0 {
					t.Errorf("Majority = %q with %+v, want traditional and no simplified-only character", got, counts)
				}
				if got := Majority(after); got != Simplified || after.TraditionalOnly != 0 {
					t.Errorf("after ToSimplified: Majority = %q with %+v, want simplified and no traditional-only character", got, after)
				}
				return
			}
			if got := Majority(counts); got != Simplified || counts.TraditionalOnly != 0 {
				t.Errorf("Majority = %q with %+v, want simplified and no traditional-only character", got, counts)
			}
			if simplified != text {
				t.Error("ToSimplified changed a simplified document")
			}
		})
	}
}
