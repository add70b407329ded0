package baseline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// Load reads a baseline file written by Write.
func Load(name string) (*Baseline, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("reading baseline: %w", err)
	}
	defer f.Close()
	b, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", name, err)
	}
	return b, nil
}

// Read parses a baseline from r. Unknown fields are rejected so that a
// file from a newer gwlint is not half understood.
func Read(r io.Reader) (*Baseline, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var in file
	if err := dec.Decode(&in); err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	if in.Version != formatVersion {
		return nil, fmt.Errorf("unsupported version %d (this gwlint reads version %d)", in.Version, formatVersion)
	}
	b := &Baseline{counts: map[key]int{}}
	var errs []error
	for i, e := range in.Findings {
		if e.Path == "" || e.Rule == "" || e.Fingerprint == "" {
			errs = append(errs, fmt.Errorf("findings[%d]: path, rule and fingerprint are required", i))
			continue
		}
		b.counts[key{normalizePath(e.Path), e.Rule, e.Fingerprint}]++
		b.total++
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return b, nil
}
