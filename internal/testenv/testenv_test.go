package testenv

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRepoRootHoldsThisPackage(t *testing.T) {
	root := RepoRoot(t)
	if _, err := os.Stat(filepath.Join(root, "internal", "testenv", "seeds.go")); err != nil {
		t.Errorf("RepoRoot = %s, which does not hold this package: %v", root, err)
	}
}

func TestSeedPathFindsTheNumberedSeed(t *testing.T) {
	path := SeedPath(t, "000")
	if base := filepath.Base(path); !strings.HasPrefix(base, "000_") || filepath.Ext(base) != ".txt" {
		t.Errorf("SeedPath(000) = %s, want 000_<hash>.txt", path)
	}
	if ReadSeed(t, "000") == "" {
		t.Error("ReadSeed(000) is empty")
	}
}

func TestForEachSeedRunsEveryDocument(t *testing.T) {
	want := len(SeedFiles(t))
	ran := 0
	ForEachSeed(t, func(t *testing.T, text string) {
		ran++
		if text == "" {
			t.Error("empty seed text")
		}
	})
	if ran != want {
		t.Errorf("ran %d subtests for %d seed files", ran, want)
	}
}

func TestSeedLabelsNameExistingFiles(t *testing.T) {
	var labels []struct{ File string }
	dir := SeedLabels(t, &labels)
	if len(labels) == 0 {
		t.Fatal("labels.json lists no documents")
	}
	for _, l := range labels {
		if _, err := os.Stat(filepath.Join(dir, l.File)); err != nil {
			t.Errorf("label for %s: %v", l.File, err)
		}
	}
}
