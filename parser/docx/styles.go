package docx

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// maxStyleChain bounds basedOn and numStyleLink chains, which a broken file
// can make circular.
const maxStyleChain = 32

// noOutline marks a style or paragraph that sets no outline level.
const noOutline = -1

// bodyTextOutline is w:outlineLvl 9: "body text", an explicit non-heading.
const bodyTextOutline = 9

// numPr is a w:numPr: which list a paragraph belongs to and at which level.
// Either half may be missing and is then inherited from the style.
type numPr struct {
	numID    string
	hasNumID bool
	ilvl     int
	hasIlvl  bool
}

// style is the part of a w:style the reader needs.
type style struct {
	id, name, basedOn string
	outline           int
	num               numPr
}

// styleSheet is word/styles.xml.
type styleSheet struct {
	byID map[string]*style
	// defaultParagraph is the style of paragraphs without w:pStyle.
	defaultParagraph string
}

type valElem struct {
	Val string `xml:"val,attr"`
}

type numPrXML struct {
	Ilvl  *valElem `xml:"ilvl"`
	NumID *valElem `xml:"numId"`
}

func (x *numPrXML) toNumPr() numPr {
	var n numPr
	if x == nil {
		return n
	}
	if x.NumID != nil {
		n.numID, n.hasNumID = strings.TrimSpace(x.NumID.Val), true
	}
	if x.Ilvl != nil {
		if v, err := strconv.Atoi(strings.TrimSpace(x.Ilvl.Val)); err == nil {
			n.ilvl, n.hasIlvl = clampLevel(v), true
		}
	}
	return n
}

type stylesXML struct {
	Styles []struct {
		Type    string   `xml:"type,attr"`
		ID      string   `xml:"styleId,attr"`
		Default string   `xml:"default,attr"`
		Name    *valElem `xml:"name"`
		BasedOn *valElem `xml:"basedOn"`
		PPr     struct {
			NumPr      *numPrXML `xml:"numPr"`
			OutlineLvl *valElem  `xml:"outlineLvl"`
		} `xml:"pPr"`
	} `xml:"style"`
}

// readStyles parses the styles part. A package without one has no styles,
// which is legal: every paragraph is then plain body text.
func readStyles(p *pkg, name string) (*styleSheet, error) {
	sheet := &styleSheet{byID: map[string]*style{}}
	data, found, err := p.read(name)
	if err != nil || !found {
		return sheet, err
	}
	var x stylesXML
	if err := unmarshalPart(data, &x); err != nil {
		return nil, fmt.Errorf("malformed %s: %w", name, err)
	}
	for _, xs := range x.Styles {
		s := &style{id: xs.ID, outline: parseOutline(xs.PPr.OutlineLvl), num: xs.PPr.NumPr.toNumPr()}
		if xs.Name != nil {
			s.name = xs.Name.Val
		}
		if xs.BasedOn != nil {
			s.basedOn = xs.BasedOn.Val
		}
		if _, dup := sheet.byID[s.id]; !dup {
			sheet.byID[s.id] = s
		}
		if (xs.Type == "paragraph" || xs.Type == "") && xs.Default != "" && onOff(xs.Default) && sheet.defaultParagraph == "" {
			sheet.defaultParagraph = s.id
		}
	}
	return sheet, nil
}

func parseOutline(v *valElem) int {
	if v == nil {
		return noOutline
	}
	n, err := strconv.Atoi(strings.TrimSpace(v.Val))
	if err != nil || n < 0 || n > bodyTextOutline {
		return noOutline
	}
	return n
}

// chain returns the style and the styles it is based on, nearest first.
func (s *styleSheet) chain(id string) []*style {
	if id == "" {
		id = s.defaultParagraph
	}
	var out []*style
	for len(out) < maxStyleChain {
		st, ok := s.byID[id]
		if !ok {
			break
		}
		out = append(out, st)
		id = st.basedOn
	}
	return out
}

// headingLevel returns the heading level (1 = top) of a paragraph with the
// given style and direct outline level, or 0 for a non-heading. An outline
// level is what Word's navigation pane uses; style names are the fallback
// for files whose heading styles carry none (WPS and hand-made templates).
func (s *styleSheet) headingLevel(styleID string, directOutline int) int {
	if directOutline != noOutline {
		return outlineToLevel(directOutline)
	}
	for _, st := range s.chain(styleID) {
		if st.outline != noOutline {
			return outlineToLevel(st.outline)
		}
		if lvl := headingLevelFromName(st.id); lvl > 0 {
			return lvl
		}
		if lvl := headingLevelFromName(st.name); lvl > 0 {
			return lvl
		}
	}
	return 0
}

func outlineToLevel(outline int) int {
	if outline == bodyTextOutline {
		return 0
	}
	return outline + 1
}

var headingName = regexp.MustCompile(`^(?i:heading|标题)\s*([1-9])$`)

// headingLevelFromName recognizes built-in heading styles by id or name:
// "Heading1", "heading 1", "标题 1", "标题1"; "Title" (and its Chinese UI
// name "标题") counts as a top-level heading.
func headingLevelFromName(name string) int {
	name = strings.TrimSpace(name)
	if strings.EqualFold(name, "title") || name == "标题" {
		return 1
	}
	if m := headingName.FindStringSubmatch(name); m != nil {
		return int(m[1][0] - '0')
	}
	return 0
}

// styleNumbering returns the numPr a paragraph style gives, merged over its
// basedOn chain (w:numId and w:ilvl inherit separately), and the id of the
// style that supplied w:numId: Word uses it to find the list level linked to
// the style when no w:ilvl is given.
func (s *styleSheet) styleNumbering(styleID string) (numPr, string) {
	var merged numPr
	carrier := ""
	for _, st := range s.chain(styleID) {
		if !merged.hasNumID && st.num.hasNumID {
			merged.numID, merged.hasNumID = st.num.numID, true
			carrier = st.id
		}
		if !merged.hasIlvl && st.num.hasIlvl {
			merged.ilvl, merged.hasIlvl = st.num.ilvl, true
		}
	}
	return merged, carrier
}
