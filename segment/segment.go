package segment

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// dictText is the generated word list: "word freq" lines after a header of
// # comments.
//
//go:embed dict.txt
var dictText string

var (
	loadOnce  sync.Once
	segmenter *gse.Segmenter
	loadErr   error
)

// load builds the segmenter once per process. gse.Segmenter is safe for
// concurrent segmentation once loaded.
func load() (*gse.Segmenter, error) {
	loadOnce.Do(func() {
		segmenter, loadErr = newSegmenter(dictText)
	})
	return segmenter, loadErr
}

// newSegmenter loads a dictionary in the embedded format into a fresh gse
// segmenter.
func newSegmenter(dict string) (*gse.Segmenter, error) {
	// gse lowercases Latin letters in its output unless told otherwise,
	// and the setting is global; lowercasing would not move offsets but
	// would change the text of words, so turn it off.
	gse.ToLower = false
	words := stripComments(dict)
	if words == "" {
		return nil, errors.New("segment: the embedded dictionary is empty")
	}
	seg := &gse.Segmenter{NotLoadHMM: true, SkipLog: true}
	if err := seg.LoadDictStr(words); err != nil {
		return nil, fmt.Errorf("segment: loading the dictionary: %w", err)
	}
	if seg.Dict == nil || seg.Dict.NumTokens() == 0 {
		return nil, errors.New("segment: the dictionary has no usable words")
	}
	return seg, nil
}

// stripComments drops the header lines, which gse would otherwise read as
// words with an unparsable frequency.
func stripComments(dict string) string {
	var b strings.Builder
	b.Grow(len(dict))
	for line := range strings.Lines(dict) {
		if !strings.HasPrefix(line, "#") {
			b.WriteString(line)
		}
	}
	return b.String()
}

// WordEnds splits text into words and returns the byte offsets where words
// end, in increasing order; the last one is len(text). Empty text has no
// words. It matches the signature of lint.Segment.
//
// If the dictionary cannot be loaded, or gse's segments do not tile the
// text exactly (which would be a gse bug), every rune boundary is returned
// instead: rules then treat each character as a word, which errs towards
// reporting rather than towards a wrong position.
func WordEnds(text string) []int {
	if text == "" {
		return nil
	}
	seg, err := load()
	if err != nil {
		return runeEnds(text)
	}
	segs := seg.Segment([]byte(text))
	ends := make([]int, 0, len(segs))
	last := 0
	for _, s := range segs {
		if s.Start() != last || s.End() <= s.Start() {
			return runeEnds(text)
		}
		last = s.End()
		ends = append(ends, last)
	}
	if last != len(text) {
		return runeEnds(text)
	}
	return ends
}

// Words splits text into words. Concatenating them gives text back.
func Words(text string) []string {
	ends := WordEnds(text)
	words := make([]string, 0, len(ends))
	start := 0
	for _, e := range ends {
		words = append(words, text[start:e])
		start = e
	}
	return words
}

// Ready loads the dictionary now and reports whether it loaded; a server
// can call it at start-up to take the load off the first request.
func Ready() error {
	_, err := load()
	return err
}

// runeEnds returns the end offset of every rune of text (an invalid byte
// counts as a rune of one byte, as in a range loop).
func runeEnds(text string) []int {
	ends := make([]int, 0, utf8.RuneCountInString(text))
	for i := range text {
		if i > 0 {
			ends = append(ends, i)
		}
	}
	return append(ends, len(text))
}
