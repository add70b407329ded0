// Command results turns the raw measurements of bench/run.sh into
// bench/RESULTS.md, and checks before the timing that the Vale style really
// finds what gwlint finds.
//
//	results check -gwlint OUT.json -vale OUT.json
//	results report -results DIR -corpus DIR -out RESULTS.md [flags]
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gwlint/gwlint/atomicfile"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: results check|report [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "check":
		err = runCheck(os.Args[2:], os.Stdout)
	case "report":
		err = runReport(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q (want check or report)", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "results:", err)
		os.Exit(1)
	}
}

// runCheck prints the findings of the compared rules for both tools and
// fails when a Vale rule found nothing that its gwlint twin found.
func runCheck(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	gwlintOut := fs.String("gwlint", "", "gwlint --format json output")
	valeOut := fs.String("vale", "", "vale --output=JSON output")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *gwlintOut == "" || *valeOut == "" {
		return errors.New("check needs -gwlint and -vale")
	}
	g, err := readCounts(*gwlintOut, countGwlint)
	if err != nil {
		return err
	}
	v, err := readCounts(*valeOut, countVale)
	if err != nil {
		return err
	}
	for _, r := range comparedRules {
		fmt.Fprintf(stdout, "  %-24s %5d   %-20s %5d\n", r.gwlint, g.byRule[r.gwlint], r.vale, v.byRule[r.vale])
	}
	if silent := silentValeRules(g, v); len(silent) > 0 {
		return fmt.Errorf("vale found nothing for %s: the style in bench/vale is misconfigured", strings.Join(silent, ", "))
	}
	return nil
}

func runReport(args []string) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	resultsDir := fs.String("results", "", "directory with the raw measurements")
	corpusDir := fs.String("corpus", "", "directory bench/corpus wrote")
	out := fs.String("out", "", "Markdown file to write")
	quick := fs.Bool("quick", false, "mark the report as a smoke run")
	var r report
	fs.StringVar(&r.loadStart, "load-start", "", "load average when the run started")
	fs.StringVar(&r.versions.gwlint, "gwlint-version", "unknown", "gwlint version and commit")
	fs.StringVar(&r.versions.vale, "vale-version", "unknown", "Vale version")
	fs.StringVar(&r.versions.goVersion, "go-version", "unknown", "Go version")
	fs.StringVar(&r.versions.hyperfine, "hyperfine-version", "unknown", "hyperfine version")
	fs.StringVar(&r.settings, "settings", "", "repetitions used")
	fs.StringVar(&r.benchCmd, "bench-cmd", "go test ./lint -bench", "the go test command that produced gobench.txt")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *resultsDir == "" || *corpusDir == "" || *out == "" {
		return errors.New("report needs -results, -corpus and -out")
	}
	r.quick = *quick
	r.generated = time.Now()
	r.machine = readMachine()
	for _, spec := range workloadSpecs {
		w, err := loadWorkload(*resultsDir, *corpusDir, spec)
		if err != nil {
			return err
		}
		r.workloads = append(r.workloads, w)
	}
	var err error
	if r.growth, err = loadRSS(*resultsDir, gwlintTool, growthKey); err != nil {
		return err
	}
	// The rule benchmark is optional: the lint package may not build while
	// it is being changed, and the timings above still stand.
	if data, err := os.ReadFile(filepath.Join(*resultsDir, "gobench.txt")); err == nil {
		r.bench = parseGoBench(string(data))
	}
	return writeReport(*out, r)
}

func writeReport(path string, r report) error {
	var b strings.Builder
	if err := writeMarkdown(&b, r); err != nil {
		return err
	}
	if err := atomicfile.Write(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
