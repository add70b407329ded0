package parser

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/internal/testenv"
)

var update = flag.Bool("update", false, "rewrite the golden .tree files in testdata/parser")

// TestGoldenTrees parses every fixture in testdata/parser (documents we
// wrote: hard wraps, PDF page markers, mixed numbering families, blank-line
// paragraphs, no title, traditional script) and compares the outline
// WriteTree prints with the .tree file next to it. Run with -update after
// a deliberate change and review the diff.
func TestGoldenTrees(t *testing.T) {
	dir := filepath.Join(testenv.RepoRoot(t), "testdata", "parser")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasSuffix(name, ".tree") {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			doc := parseFile(t, filepath.Join(dir, name))
			var got bytes.Buffer
			if err := WriteTree(&got, doc); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join(dir, name+".tree")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./parser -run TestGoldenTrees -update)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("tree differs from %s:\n--- got\n%s\n--- want\n%s", golden, got.Bytes(), want)
			}
		})
	}
	if n < 6 {
		t.Errorf("found %d fixtures, want at least 6", n)
	}
}
