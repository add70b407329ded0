// Command gen writes hanfreq.txt, the frequent-Han-character table that
// package charset embeds to tell GB18030 from Big5 (and UTF-16 from noise).
//
// Both legacy encodings decode most byte pairs of the other into some Han
// character, so a decoder cannot tell them apart by validity alone. What
// differs is whether the characters that come out are ones people actually
// write. gse's dictionaries carry word frequencies for simplified (s_1.txt) and
// traditional (t_1.txt) Chinese; summing them per character gives a ranking
// that is independent of any test text.
//
// Run from anywhere inside the module:
//
//	go run ./parser/charset/internal/gen
//
// It locates gse through `go list -m` (so the version in go.mod is used) and
// writes parser/charset/hanfreq.txt unless -o says otherwise.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gwlint/gwlint/internal/gsedict"
	"github.com/gwlint/gwlint/internal/modroot"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run() error {
	out := flag.String("o", "", "output file (default: parser/charset/hanfreq.txt in this module)")
	dictDir := flag.String("dict", "", "directory holding gse's s_1.txt and t_1.txt (default: from `go list -m`)")
	top := flag.Int("n", defaultTop, "characters to keep per script")
	flag.Parse()

	if *top <= 0 {
		return fmt.Errorf("-n must be positive, got %d", *top)
	}
	src, err := gsedict.Locate(*dictDir)
	if err != nil {
		return err
	}
	if *out == "" {
		root, err := modroot.FromWorkingDir()
		if err != nil {
			return err
		}
		*out = filepath.Join(root, "parser", "charset", "hanfreq.txt")
	}

	var tables []scriptTable
	for _, s := range scripts {
		entries, err := gsedict.ReadFile(filepath.Join(src.Dir, s.file))
		if err != nil {
			return err
		}
		tables = append(tables, scriptTable{script: s, chars: topChars(countChars(entries), *top)})
	}
	if err := writeTable(*out, src, tables); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d characters per script)\n", *out, *top)
	return nil
}
