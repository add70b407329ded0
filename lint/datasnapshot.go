package lint

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
)

// Parsing the built-in word lists from YAML took 13-15 ms of every
// process's start-up; decoding the same data from JSON takes a fraction of
// that. So `go generate ./rules` writes the merged, normalised built-in
// data to rules/builtin-data.json, and the engine loads that instead of the
// YAML. The snapshot records a digest of the YAML files it came from: when
// they have changed since (an edited word list not yet regenerated), the
// engine ignores the snapshot and parses the YAML, so the snapshot can make
// start-up slower but never the data wrong. TestBuiltinDataSnapshot fails
// while the snapshot is stale.

// snapshotFile is the snapshot's path in the rules file system.
const snapshotFile = "builtin-data.json"

// dataSnapshot is the content of the snapshot file.
type dataSnapshot struct {
	// Sources is the digest of the data files the snapshot was built from
	// (see sourcesDigest).
	Sources string `json:"sources"`
	// Data is what loadDataFS builds from them.
	Data map[string]any `json:"data"`
}

// loadBuiltinData merges the built-in data (the data folder of fsys) into
// into, from the snapshot when it is current.
func loadBuiltinData(fsys fs.FS, into map[string]any) error {
	if snap, ok := currentSnapshot(fsys); ok {
		mergeData(into, snap)
		return nil
	}
	return loadDataFS(fsys, "data", into)
}

// currentSnapshot returns the snapshot's data if the snapshot exists and
// was built from the data files now in fsys.
func currentSnapshot(fsys fs.FS) (map[string]any, bool) {
	b, err := fs.ReadFile(fsys, snapshotFile)
	if err != nil {
		return nil, false
	}
	digest, err := sourcesDigest(fsys, "data")
	if err != nil {
		return nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber() // numbers as json.Number, as normalizeYAML makes them
	var snap dataSnapshot
	if err := dec.Decode(&snap); err != nil || snap.Sources != digest || snap.Data == nil {
		return nil, false
	}
	return snap.Data, true
}

// buildSnapshot renders the snapshot of the data files under root.
func buildSnapshot(fsys fs.FS, root string) ([]byte, error) {
	digest, err := sourcesDigest(fsys, root)
	if err != nil {
		return nil, err
	}
	data := map[string]any{}
	if err := loadDataFS(fsys, root, data); err != nil {
		return nil, err
	}
	b, err := json.Marshal(dataSnapshot{Sources: digest, Data: data})
	if err != nil {
		return nil, fmt.Errorf("data snapshot: %w", err)
	}
	return append(b, '\n'), nil
}

// sourcesDigest is a SHA-256 over the names and contents of the data files
// under root, in merge order.
func sourcesDigest(fsys fs.FS, root string) (string, error) {
	names, err := dataFileNames(fsys, root)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
