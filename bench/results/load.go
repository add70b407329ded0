package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// Tool names: the hyperfine command names and the file name prefixes that
// bench/run.sh uses.
const (
	gwlintTool = "gwlint"
	valeTool   = "vale"
)

// tools lists the two linters with the reader of their JSON output.
var tools = []struct {
	name  string
	count func([]byte) (findingCounts, error)
}{
	{name: gwlintTool, count: countGwlint},
	{name: valeTool, count: countVale},
}

// workloadSpec names one workload: its key in result file names and its
// directory under the corpus.
type workloadSpec struct {
	key, title string
}

var workloadSpecs = []workloadSpec{
	{key: "single", title: "one ~15 KB document, cold process"},
	{key: "docs", title: "1,000 documents, ~12 MB"},
	{key: "big", title: "one ~10 MB file"},
}

// growthKey is the result name of gwlint's RSS on the first 100 documents,
// compared with its RSS on all 1,000 to see whether memory grows with the
// number of files.
const growthKey = "docs100"

// measurement is one tool on one workload.
type measurement struct {
	time   timing
	rss    rssRun
	counts findingCounts
}

// workload is one workload with the corpus it ran on and both tools'
// measurements.
type workload struct {
	workloadSpec
	files int
	bytes int64
	tools map[string]measurement
}

// loadWorkload reads what bench/run.sh left in resultsDir for one workload:
// hyperfine-KEY.json, rss-TOOL-KEY-*.txt (GNU time -v reports) and
// out-TOOL-KEY.json (the tools' own output from the RSS runs).
func loadWorkload(resultsDir, corpusDir string, spec workloadSpec) (workload, error) {
	w := workload{workloadSpec: spec, tools: map[string]measurement{}}
	var err error
	w.files, w.bytes, err = corpusSize(filepath.Join(corpusDir, spec.key))
	if err != nil {
		return w, err
	}
	timings, err := readHyperfine(filepath.Join(resultsDir, "hyperfine-"+spec.key+".json"))
	if err != nil {
		return w, err
	}
	for _, tool := range tools {
		t, ok := timings[tool.name]
		if !ok {
			return w, fmt.Errorf("hyperfine-%s.json has no command named %q", spec.key, tool.name)
		}
		rss, err := loadRSS(resultsDir, tool.name, spec.key)
		if err != nil {
			return w, err
		}
		counts, err := readCounts(filepath.Join(resultsDir, "out-"+tool.name+"-"+spec.key+".json"), tool.count)
		if err != nil {
			return w, err
		}
		w.tools[tool.name] = measurement{time: t, rss: rss, counts: counts}
	}
	return w, nil
}

// loadRSS reads the GNU time reports of one tool on one workload.
func loadRSS(resultsDir, tool, key string) (rssRun, error) {
	paths, err := filepath.Glob(filepath.Join(resultsDir, "rss-"+tool+"-"+key+"-*.txt"))
	if err != nil {
		return rssRun{}, fmt.Errorf("list GNU time reports: %w", err)
	}
	slices.Sort(paths)
	run, err := peakRSS(paths)
	if err != nil {
		return rssRun{}, fmt.Errorf("peak RSS of %s on %s: %w", tool, key, err)
	}
	return run, nil
}

// corpusSize counts the regular files below dir and their bytes.
func corpusSize(dir string) (files int, bytes int64, err error) {
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		files++
		bytes += info.Size()
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("measure corpus %s: %w", dir, err)
	}
	if files == 0 {
		return 0, 0, fmt.Errorf("measure corpus %s: %w", dir, os.ErrNotExist)
	}
	return files, bytes, nil
}
