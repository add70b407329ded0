package lint

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/gwlint/gwlint/internal/testenv"
	"github.com/gwlint/gwlint/rules"
)

var updateSnapshot = flagBool("update-builtin-data", false, "rewrite rules/builtin-data.json from rules/data (go generate ./rules)")

// TestBuiltinDataSnapshot keeps rules/builtin-data.json in step with the
// YAML word lists it is built from.
func TestBuiltinDataSnapshot(t *testing.T) {
	want, err := buildSnapshot(rules.FS, "data")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(testenv.RepoRoot(t), "rules", snapshotFile)
	if *updateSnapshot {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("rules/%s is missing or stale: run go generate ./rules", snapshotFile)
	}
}

// TestSnapshotLoadsTheSameData: the data decoded from the snapshot is
// exactly what parsing the YAML gives, types included (json.Number).
func TestSnapshotLoadsTheSameData(t *testing.T) {
	fromYAML := map[string]any{}
	if err := loadDataFS(rules.FS, "data", fromYAML); err != nil {
		t.Fatal(err)
	}
	snap, ok := currentSnapshot(rules.FS)
	if !ok {
		t.Fatal("the embedded snapshot is missing or stale: run go generate ./rules")
	}
	if !reflect.DeepEqual(snap, fromYAML) {
		t.Error("the snapshot's data differs from the YAML's")
	}
}

// TestStaleSnapshotIsIgnored: after a word list changes, the engine reads
// the YAML rather than the out-of-date snapshot.
func TestStaleSnapshotIsIgnored(t *testing.T) {
	fsys := fstest.MapFS{"data/a.yaml": {Data: []byte("words: [旧词]\n")}}
	b, err := buildSnapshot(fsys, "data")
	if err != nil {
		t.Fatal(err)
	}
	fsys[snapshotFile] = &fstest.MapFile{Data: b}
	got := map[string]any{}
	if err := loadBuiltinData(fsys, got); err != nil {
		t.Fatal(err)
	}
	if _, ok := currentSnapshot(fsys); !ok || !reflect.DeepEqual(got, map[string]any{"words": []any{"旧词"}}) {
		t.Fatalf("current snapshot not used: %v", got)
	}
	fsys["data/a.yaml"] = &fstest.MapFile{Data: []byte("words: [新词]\n")}
	if _, ok := currentSnapshot(fsys); ok {
		t.Fatal("a stale snapshot was accepted")
	}
	got = map[string]any{}
	if err := loadBuiltinData(fsys, got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, map[string]any{"words": []any{"新词"}}) {
		t.Errorf("got %v, want the edited YAML", got)
	}
}
