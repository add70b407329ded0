// Command corpus writes the three workloads of the gwlint benchmark (see
// bench/README.md) from the team-written documents under testdata:
//
//	OUT/single/report-15k.txt   one document of about 15 KB
//	OUT/docs/doc-NNNN.txt       1,000 different documents of about 12 KB
//	OUT/big/report-10m.txt      one file of about 10 MB
//
// The output depends only on testdata, so reruns measure the same bytes.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	testdata := flag.String("testdata", "testdata", "directory holding clean/ and samples/")
	out := flag.String("out", "", "directory to write the corpus into (required)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: corpus -testdata DIR -out DIR")
		os.Exit(2)
	}
	clean, samples, err := loadSources(*testdata)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
	sizes, err := write(composer{clean: clean, samples: samples}, defaultShape, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
	for _, s := range sizes {
		fmt.Printf("%-6s %5d files %11d bytes  %s\n", s.workload, s.files, s.bytes, s.path)
	}
}
