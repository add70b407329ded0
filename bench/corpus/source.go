package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// source is one team-written document split into paragraphs (its non-empty
// lines). Paragraphs are the unit the corpus is cut at, so every generated
// file is made of whole paragraphs, never half a sentence.
type source struct {
	name       string
	paragraphs []string
}

// loadSources reads the clean documents (testdata/clean/*.txt) and the
// samples with known problems (testdata/samples/*) below testdata, in name
// order so that the corpus does not depend on directory listing order.
func loadSources(testdata string) (clean, samples []source, err error) {
	clean, err = loadGlob(filepath.Join(testdata, "clean", "*.txt"))
	if err != nil {
		return nil, nil, err
	}
	samples, err = loadGlob(filepath.Join(testdata, "samples", "*"))
	if err != nil {
		return nil, nil, err
	}
	if len(clean) == 0 || len(samples) == 0 {
		return nil, nil, fmt.Errorf("no documents under %s/clean and %s/samples", testdata, testdata)
	}
	return clean, samples, nil
}

func loadGlob(pattern string) ([]source, error) {
	paths, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("glob %s: %w", pattern, err)
	}
	sort.Strings(paths)
	var out []source
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read source: %w", err)
		}
		paras := splitParagraphs(string(data), filepath.Ext(path) == ".md")
		if len(paras) > 0 {
			out = append(out, source{name: filepath.Base(path), paragraphs: paras})
		}
	}
	return out, nil
}

// splitParagraphs returns the non-empty lines of text, indentation kept.
// Markdown heading markers are dropped because every workload is a .txt file, where "## "
// would be debris rather than structure.
func splitParagraphs(text string, markdown bool) []string {
	var paras []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if markdown && strings.HasPrefix(line, "#") {
			line = strings.TrimLeft(strings.TrimLeft(line, "#"), " ")
		}
		if strings.TrimSpace(line) != "" {
			paras = append(paras, line)
		}
	}
	return paras
}
