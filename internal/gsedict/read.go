package gsedict

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Entry is one dictionary line: a word and its corpus frequency.
type Entry struct {
	Word string
	Freq int64
}

// ReadFile reads the dictionary file at path.
func ReadFile(path string) ([]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening dictionary: %w", err)
	}
	defer f.Close()
	entries, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return entries, nil
}

// Read parses dictionary lines ("word freq [pos]") in file order. Blank
// lines and lines without a frequency are skipped, as gse skips them; a
// frequency that is not a number is an error naming its line, since
// skipping it would silently drop a word gse loads.
func Read(r io.Reader) ([]Entry, error) {
	var entries []Entry
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		freq, err := strconv.ParseInt(fields[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: frequency %q: %w", line, fields[1], err)
		}
		entries = append(entries, Entry{Word: fields[0], Freq: freq})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	return entries, nil
}
