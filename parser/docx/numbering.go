package docx

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// levelCount is the number of list levels Word supports (w:ilvl 0–8).
const levelCount = 9

func clampLevel(ilvl int) int { return max(0, min(ilvl, levelCount-1)) }

// numFormat is how one level renders its counter: an ST_NumberFormat value,
// and for zero-padded custom formats ("001, 002, 003, ...") the width.
type numFormat struct {
	kind  string
	width int
}

// levelDef is a w:lvl: how one level of a list counts and what its label
// looks like.
type levelDef struct {
	start      int
	format     numFormat
	text       string // w:lvlText, "%1、", "（%2）", "%1.%2"
	restart    int    // w:lvlRestart, valid when hasRestart
	hasRestart bool
	isLgl      bool // render every level of the label as decimal
	pStyle     string
}

type abstractNum struct {
	levels       [levelCount]*levelDef
	numStyleLink string // the list is defined by the numbering style of that id
}

// levelOverride is a w:num/w:lvlOverride: a restart value or a whole
// replacement level for one list instance.
type levelOverride struct {
	start    int
	hasStart bool
	lvl      *levelDef
}

type numDef struct {
	abstractID string
	overrides  [levelCount]levelOverride
	// restarts is set when any level has an override: such a w:num is a
	// list instance of its own ("restart numbering" in Word) rather than a
	// continuation of its abstract list.
	restarts bool
}

// listDefs is word/numbering.xml.
type listDefs struct {
	abstracts map[string]*abstractNum
	nums      map[string]*numDef
}

type numFmtXML struct {
	Val    string `xml:"val,attr"`
	Format string `xml:"format,attr"`
}

type lvlXML struct {
	Ilvl       string     `xml:"ilvl,attr"`
	Start      *valElem   `xml:"start"`
	NumFmt     *numFmtXML `xml:"numFmt"`
	LvlRestart *valElem   `xml:"lvlRestart"`
	PStyle     *valElem   `xml:"pStyle"`
	IsLgl      *valElem   `xml:"isLgl"`
	LvlText    *valElem   `xml:"lvlText"`
	// Word 2010+ wraps custom number formats in mc:AlternateContent with a
	// plain fallback.
	Alternates []struct {
		Choices []struct {
			NumFmt *numFmtXML `xml:"numFmt"`
		} `xml:"Choice"`
		Fallback *struct {
			NumFmt *numFmtXML `xml:"numFmt"`
		} `xml:"Fallback"`
	} `xml:"AlternateContent"`
}

type numberingXML struct {
	Abstracts []struct {
		ID           string   `xml:"abstractNumId,attr"`
		NumStyleLink *valElem `xml:"numStyleLink"`
		Levels       []lvlXML `xml:"lvl"`
	} `xml:"abstractNum"`
	Nums []struct {
		ID            string   `xml:"numId,attr"`
		AbstractNumID *valElem `xml:"abstractNumId"`
		Overrides     []struct {
			Ilvl          string   `xml:"ilvl,attr"`
			StartOverride *valElem `xml:"startOverride"`
			Lvl           *lvlXML  `xml:"lvl"`
		} `xml:"lvlOverride"`
	} `xml:"num"`
}

// readNumbering parses the numbering part. A package without one has no
// automatic numbering.
func readNumbering(p *pkg, name string) (*listDefs, error) {
	defs := &listDefs{abstracts: map[string]*abstractNum{}, nums: map[string]*numDef{}}
	data, found, err := p.read(name)
	if err != nil || !found {
		return defs, err
	}
	var x numberingXML
	if err := unmarshalPart(data, &x); err != nil {
		return nil, fmt.Errorf("malformed %s: %w", name, err)
	}
	for _, xa := range x.Abstracts {
		a := &abstractNum{}
		if xa.NumStyleLink != nil {
			a.numStyleLink = xa.NumStyleLink.Val
		}
		for i := range xa.Levels {
			if ilvl, ok := parseLevelIndex(xa.Levels[i].Ilvl); ok && a.levels[ilvl] == nil {
				a.levels[ilvl] = xa.Levels[i].toLevelDef()
			}
		}
		if _, dup := defs.abstracts[xa.ID]; !dup {
			defs.abstracts[xa.ID] = a
		}
	}
	for _, xn := range x.Nums {
		n := &numDef{}
		if xn.AbstractNumID != nil {
			n.abstractID = xn.AbstractNumID.Val
		}
		for _, xo := range xn.Overrides {
			ilvl, ok := parseLevelIndex(xo.Ilvl)
			if !ok {
				continue
			}
			o := &n.overrides[ilvl]
			if xo.StartOverride != nil {
				o.start, o.hasStart = parseCount(xo.StartOverride.Val), true
				n.restarts = true
			}
			if xo.Lvl != nil {
				o.lvl = xo.Lvl.toLevelDef()
				n.restarts = true
			}
		}
		if _, dup := defs.nums[xn.ID]; !dup {
			defs.nums[xn.ID] = n
		}
	}
	return defs, nil
}

func parseLevelIndex(s string) (int, bool) {
	v, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || v < 0 || v >= levelCount {
		return 0, false
	}
	return v, true
}

// maxCount keeps counters far from integer overflow whatever a file claims.
const maxCount = 1 << 30

// parseCount reads a start value. Unparsable values count as 0, which is
// also the value the standard gives a level with no w:start.
func parseCount(s string) int {
	v, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0
	}
	return max(0, min(v, maxCount))
}

func (x *lvlXML) toLevelDef() *levelDef {
	l := &levelDef{format: x.chooseFormat()}
	if x.Start != nil {
		l.start = parseCount(x.Start.Val)
	}
	if x.LvlText != nil {
		l.text = x.LvlText.Val
	}
	if x.LvlRestart != nil {
		if v, err := strconv.Atoi(strings.TrimSpace(x.LvlRestart.Val)); err == nil && v >= 0 {
			l.restart, l.hasRestart = v, true
		}
	}
	if x.IsLgl != nil {
		l.isLgl = onOff(x.IsLgl.Val)
	}
	if x.PStyle != nil {
		l.pStyle = x.PStyle.Val
	}
	return l
}

// chooseFormat picks the first number format the reader can render among
// the level's w:numFmt and its mc:AlternateContent choices and fallback. A
// level without any is decimal, as the standard says.
func (x *lvlXML) chooseFormat() numFormat {
	candidates := []*numFmtXML{x.NumFmt}
	for _, alt := range x.Alternates {
		for _, c := range alt.Choices {
			candidates = append(candidates, c.NumFmt)
		}
		if alt.Fallback != nil {
			candidates = append(candidates, alt.Fallback.NumFmt)
		}
	}
	for _, c := range candidates {
		if c == nil {
			continue
		}
		if c.Val != "custom" {
			return numFormat{kind: c.Val}
		}
		if width := zeroPaddedWidth(c.Format); width > 0 {
			return numFormat{kind: "decimalZero", width: width}
		}
	}
	return numFormat{kind: "decimal"}
}

var zeroPadded = regexp.MustCompile(`^(0+)1\s*,`)

// zeroPaddedWidth recognizes the custom formats Word offers for padded
// decimals ("01, 02, 03, ...", "001, 002, 003, ...") and returns the width.
func zeroPaddedWidth(format string) int {
	m := zeroPadded.FindStringSubmatch(strings.TrimSpace(format))
	if m == nil {
		return 0
	}
	return len(m[1]) + 1
}
