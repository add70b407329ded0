package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// shape gives the sizes of the three workloads. The defaults are the ones
// the performance targets of issue 6 are stated for.
type shape struct {
	singleBytes int // one document, linted in a cold process
	docs        int // number of documents in the many-files workload
	docBytes    int // size of each of those documents
	bigBytes    int // one large file
}

var defaultShape = shape{singleBytes: 15_000, docs: 1_000, docBytes: 12_000, bigBytes: 10_000_000}

// workloadSize reports what was written for one workload.
type workloadSize struct {
	workload string
	path     string // file or directory to hand to the linters
	files    int
	bytes    int64
}

// write generates the corpus below out and reports the size of each
// workload. The big file is built from documents numbered after the
// many-files workload, so it shares no document with it.
func write(c composer, sh shape, out string) ([]workloadSize, error) {
	single := filepath.Join(out, "single", "report-15k.txt")
	n, err := writeFile(single, text(c.document(0, sh.singleBytes, len(c.samples))))
	if err != nil {
		return nil, err
	}
	sizes := []workloadSize{{workload: "single", path: single, files: 1, bytes: n}}

	docsDir := filepath.Join(out, "docs")
	var total int64
	for i := range sh.docs {
		n, err := writeFile(filepath.Join(docsDir, fmt.Sprintf("doc-%04d.txt", i)), text(c.document(i, sh.docBytes, 1)))
		if err != nil {
			return nil, err
		}
		total += n
	}
	sizes = append(sizes, workloadSize{workload: "docs", path: docsDir, files: sh.docs, bytes: total})

	big := filepath.Join(out, "big", "report-10m.txt")
	n, err = writeFile(big, text(c.bigFile(sh.docs, sh.docBytes, sh.bigBytes)))
	if err != nil {
		return nil, err
	}
	return append(sizes, workloadSize{workload: "big", path: big, files: 1, bytes: n}), nil
}

// bigFile concatenates documents first, first+1, … of docBytes each and
// cuts the result at the last paragraph that fits in limit bytes.
func (c composer) bigFile(first, docBytes, limit int) []string {
	var out []string
	size := 0
	for i := first; ; i++ {
		doc := c.document(i, docBytes, 1)
		if len(doc) == 0 {
			return out
		}
		for _, p := range doc {
			if size+len(p)+1 > limit {
				return out
			}
			out = append(out, p)
			size += len(p) + 1
		}
	}
}

func writeFile(path, content string) (int64, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return 0, fmt.Errorf("create corpus directory: %w", err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		return 0, fmt.Errorf("write corpus file: %w", err)
	}
	return int64(len(content)), nil
}
