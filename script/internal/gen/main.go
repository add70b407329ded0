// Command gen regenerates the character tables that package script embeds,
// from the OpenCC dictionaries shipped by Debian's opencc package.
//
// gwlint cannot use an OpenCC port from the Go module proxy (none is
// downloadable), and the library itself is C++. What the linter needs is
// small: a character-level traditional→simplified table and the sets of
// characters that belong to only one script. So the tables are derived once,
// here, and committed with their attribution.
//
// Run from anywhere inside the module, after `apt-get install -y opencc`:
//
//	go run ./script/internal/gen
//
// It exports TSCharacters, STCharacters, TWVariantsRev and HKVariantsRev with
// opencc_dict, derives the tables (see derive.go for the rules), and writes
//
//	script/data/t2s.txt               traditional→simplified pairs, one "繁简" per line
//	script/data/traditional_only.txt  characters never used in simplified text
//	script/data/simplified_only.txt   characters never used in traditional text
//	script/data/NOTICE                attribution, and script/data/LICENSE-OpenCC
//	script/testdata/opencc_sentences.tsv  sentences converted by the opencc CLI,
//	                                  which the tests compare against (they never
//	                                  run opencc themselves)
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gwlint/gwlint/internal/modroot"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run() error {
	dictDir := flag.String("dict", "/usr/share/opencc", "directory holding OpenCC's .ocd2 dictionaries")
	licence := flag.String("license", "/usr/share/common-licenses/Apache-2.0", "Apache-2.0 licence text to copy next to the data")
	root := flag.String("root", "", "module root to write into (default: found by walking up to go.mod)")
	flag.Parse()

	if *root == "" {
		r, err := modroot.FromWorkingDir()
		if err != nil {
			return err
		}
		*root = r
	}
	tool, err := newOpenCC(*dictDir)
	if err != nil {
		return err
	}
	defer tool.close()

	src, err := tool.loadSources()
	if err != nil {
		return err
	}
	tabs := derive(src.ts, src.st, src.variantRevs...)

	dataDir := filepath.Join(*root, "script", "data")
	if err := writeTables(dataDir, tabs, tool.version); err != nil {
		return err
	}
	if err := writeNotice(dataDir, *licence, tool.version); err != nil {
		return err
	}
	if err := writeSentences(filepath.Join(*root, "script", "testdata"), tool); err != nil {
		return err
	}
	fmt.Printf("gen: %d t2s pairs (%d skipped: not both BMP), %d traditional-only, %d simplified-only\n",
		len(tabs.t2s), tabs.skippedNotBMP, len(tabs.traditionalOnly), len(tabs.simplifiedOnly))
	return nil
}
