// Command gen writes segment/dict.txt, the compact word list that package
// segment embeds and loads into gse.
//
// gse's full simplified dictionary (s_1.txt, 352,000 words, 5 MB) costs
// about 2 s and 200 MB to load, on every run of the command-line tool. The
// linter only needs word boundaries good enough to tell 成立二个小组 from
// 十二个 and 保障局局、 from 局局长, so the compact list keeps:
//
//   - the most frequent words of s_1.txt (-n, with their frequencies);
//   - every term of segment/domain-terms.txt (县总工会, 工资集体协商 …), which
//     a general corpus splits or misses;
//   - the wrong and right forms of the typo entries in rules/data/typo*.yaml,
//     so a misspelling such as 布署 is cut as one word and the rule's
//     word-boundary test sees it whole.
//
// Run from anywhere inside the module:
//
//	go run ./segment/internal/gen
//
// It locates gse through `go list -m` (so the version in go.mod is used).
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
	out := flag.String("o", "", "output file (default: segment/dict.txt in this module)")
	dictDir := flag.String("dict", "", "directory holding gse's s_1.txt (default: from `go list -m`)")
	top := flag.Int("n", defaultTop, "most frequent words of s_1.txt to keep")
	flag.Parse()
	if *top <= 0 {
		return fmt.Errorf("-n must be positive, got %d", *top)
	}

	root, err := modroot.FromWorkingDir()
	if err != nil {
		return err
	}
	src, err := gsedict.Locate(*dictDir)
	if err != nil {
		return err
	}
	if *out == "" {
		*out = filepath.Join(root, "segment", "dict.txt")
	}

	general, err := gsedict.ReadFile(filepath.Join(src.Dir, "s_1.txt"))
	if err != nil {
		return err
	}
	terms, err := readTermsFile(filepath.Join(root, "segment", "domain-terms.txt"))
	if err != nil {
		return err
	}
	typos, err := readTypoForms(filepath.Join(root, "rules", "data"))
	if err != nil {
		return err
	}

	words := compose(general, *top, []extraSet{
		{words: terms, floor: domainFloor},
		{words: typos, floor: typoFloor},
	})
	if err := writeDict(*out, src, *top, words); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d words (%d general, %d domain terms, %d typo forms)\n",
		*out, len(words), *top, len(terms), len(typos))
	return nil
}
